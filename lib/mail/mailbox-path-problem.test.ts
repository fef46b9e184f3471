import { describe, expect, it } from "vitest";
import { mailboxPathProblem } from "@/lib/mail/mailbox-path-problem";

describe("mailboxPathProblem", () => {
  it("names what is wrong, so the UI can say it in its language", () => {
    expect(mailboxPathProblem("")).toBe("empty");
    expect(mailboxPathProblem("a/*")).toBe("wildcard");
    expect(mailboxPathProblem("プロジェクト//2026")).toBe("emptyLevel");
    expect(mailboxPathProblem("プロジェクト/ 2026")).toBe("padded");
    expect(mailboxPathProblem("Inbox")).toBe("inbox");
    expect(mailboxPathProblem("../x")).toBe("invalid");
    expect(mailboxPathProblem("x".repeat(201))).toBe("tooLong");
    expect(mailboxPathProblem("プロジェクト/2026")).toBeNull();
  });
});
