import { describe, expect, it } from "vitest";
import { toUidSet } from "@/lib/imap/uid-set";

describe("toUidSet", () => {
  it("folds runs into ranges, sorted and without duplicates", () => {
    expect(toUidSet({ uids: [7, 1, 2, 3, 3, 5, 9, 8] })).toBe("1:3,5,7:9");
  });

  it("keeps a single UID as it is", () => {
    expect(toUidSet({ uids: [42] })).toBe("42");
  });

  it("makes one short range of 10,000 adjacent UIDs", () => {
    expect(toUidSet({ uids: Array.from({ length: 10_000 }, (_, i) => i + 100) })).toBe("100:10099");
  });

  it("acts on every message with 1:*", () => {
    expect(toUidSet({ all: true })).toBe("1:*");
  });
});
