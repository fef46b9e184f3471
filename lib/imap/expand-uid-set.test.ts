import { describe, expect, it } from "vitest";
import { expandUidSet } from "@/lib/imap/expand-uid-set";

describe("expandUidSet", () => {
  it("expands a compact set from ESEARCH ALL", () => {
    expect(expandUidSet("1:3,7,10:9")).toEqual([1, 2, 3, 7, 9, 10]);
    expect(expandUidSet("")).toEqual([]);
  });

  it("drops what no server may send", () => {
    expect(expandUidSet("5:*,x,0,2")).toEqual([2]);
  });

  it("does not believe a hostile range", () => {
    expect(expandUidSet("1:4294967295").length).toBe(0);
  });
});
