import { describe, expect, it } from "vitest";
import { isMailboxName } from "@/lib/mail/mailbox-name";
import { mailboxNameSchema } from "@/lib/api/mailbox-name-schema";

describe("isMailboxName", () => {
  it("accepts real mailbox names, nested, Japanese and dotted", () => {
    for (const name of [
      "INBOX",
      "Work/Reports",
      "プロジェクト/議事録",
      "INBOX.Sent",
      "[Gmail]/All Mail",
      "Notes...draft",
      "a..b",
      "#shared/team",
    ]) {
      expect(isMailboxName(name), name).toBe(true);
    }
  });

  it("refuses paths out of the user's tree", () => {
    for (const name of [
      "..",
      ".",
      "../bob@example.test/INBOX",
      "INBOX/../../bob",
      "Work/./x",
      "..\\bob",
      "/var/mail/bob",
      "\\bob",
      "~bob/INBOX",
    ]) {
      expect(isMailboxName(name), name).toBe(false);
    }
  });

  it("refuses empty, control characters and protocol text", () => {
    expect(isMailboxName("")).toBe(false);
    expect(isMailboxName("INBOX\r\nA1 DELETE INBOX")).toBe(false);
    expect(isMailboxName("x\u0000y")).toBe(false);
    expect(isMailboxName("a".repeat(1001))).toBe(false);
    expect(isMailboxName("a".repeat(1000))).toBe(true);
  });

  it("is the contract's mailbox field", () => {
    expect(mailboxNameSchema.safeParse("Work").success).toBe(true);
    expect(mailboxNameSchema.safeParse("../x").success).toBe(false);
    expect(mailboxNameSchema.safeParse(42).success).toBe(false);
  });
});
