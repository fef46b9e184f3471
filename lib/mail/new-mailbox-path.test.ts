import { describe, expect, it } from "vitest";
import {
  mailboxLevelSchema,
  newMailboxPathProblem,
  newMailboxPathSchema,
} from "@/lib/mail/new-mailbox-path";

describe("newMailboxPathProblem", () => {
  it("accepts nested, Japanese and punctuated names", () => {
    for (const path of ["プロジェクト/2026", "Work/Q3 (draft)", "a&b", "v1.2", "請求書"]) {
      expect(newMailboxPathProblem(path), path).toBeNull();
    }
  });

  it("refuses wildcards, empty levels, padded levels, INBOX and paths out of the tree", () => {
    for (const path of ["a/%", "*", "a//b", "a/", "/a", " a", "a/b ", "inbox", "../x", "a\u0000"]) {
      expect(newMailboxPathProblem(path), path).not.toBeNull();
    }
    expect(newMailboxPathProblem("x".repeat(201))).toMatch(/too long/);
  });

  it("splits levels at the server's delimiter", () => {
    expect(newMailboxPathProblem("a..b", ".")).not.toBeNull();
    expect(newMailboxPathProblem("a//b", ".")).toBeNull();
  });

  it("backs the contract's schemas", () => {
    expect(newMailboxPathSchema.safeParse("プロジェクト/2026").success).toBe(true);
    expect(newMailboxPathSchema.safeParse("a/%").success).toBe(false);
    expect(mailboxLevelSchema.safeParse("2027年").success).toBe(true);
    expect(mailboxLevelSchema.safeParse("a/b").success).toBe(false);
  });
});
