import { describe, expect, it } from "vitest";
import { newMailPayload } from "@/lib/push/push-payload";

describe("newMailPayload", () => {
  it("carries the sender's name (or address) and the subject, nothing else", () => {
    expect(newMailPayload({ name: "Alice", address: "a@example.test" }, "Hi", "INBOX", 3)).toEqual({
      kind: "new",
      from: "Alice",
      subject: "Hi",
      mailbox: "INBOX",
      uid: 3,
    });
    expect(newMailPayload({ name: "", address: "a@example.test" }, "", "INBOX", 4).from).toBe(
      "a@example.test",
    );
    expect(newMailPayload(undefined, "x", "INBOX", 5).from).toBe("");
  });

  it("clips long headers and folds whitespace", () => {
    const payload = newMailPayload(undefined, `a\n\t b ${"x".repeat(300)}`, "INBOX", 1);
    expect(payload.subject.length).toBe(200);
    expect(payload.subject.startsWith("a b x")).toBe(true);
  });
});
