import { describe, expect, it } from "vitest";
import { decodeMailboxParam, parseMessageParams, parseUid } from "@/lib/api/message-params";
import { MailError } from "@/lib/mail/mail-error";
import { mailboxSegment } from "@/lib/mail/mail-urls";

describe("message params", () => {
  it("round-trips nested and Japanese mailbox names through one URL segment", () => {
    for (const name of ["INBOX", "Work/Reports", "プロジェクト/議事録", "100% done"]) {
      expect(decodeMailboxParam(mailboxSegment(name))).toBe(name);
    }
  });

  it("accepts only real UIDs", () => {
    expect(parseUid("42")).toBe(42);
    for (const bad of ["0", "-1", "1.5", "4294967296", "abc", "", undefined]) {
      expect(() => parseUid(bad)).toThrow(MailError);
    }
  });

  it("accepts body-part paths and rejects anything else", () => {
    expect(parseMessageParams({ mailbox: "INBOX", uid: "7", part: "1.2" }).part).toBe("1.2");
    expect(() => parseMessageParams({ mailbox: "INBOX", uid: "7", part: "../1" })).toThrow(
      MailError,
    );
    expect(() => parseMessageParams({ mailbox: "%E0%A4%A", uid: "7" })).toThrow(MailError);
  });
});
