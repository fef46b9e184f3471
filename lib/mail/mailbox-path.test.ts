import { describe, expect, it } from "vitest";
import {
  isWithinMailbox,
  joinMailboxPath,
  lastLevel,
  moveTargets,
  parentPath,
  pathAfterMove,
} from "@/lib/mail/mailbox-path";

describe("mailbox paths", () => {
  it("splits and joins levels at the server's delimiter", () => {
    expect(parentPath("プロジェクト/2026", "/")).toBe("プロジェクト");
    expect(parentPath("プロジェクト", "/")).toBeNull();
    expect(parentPath("INBOX.Work.Q3", ".")).toBe("INBOX.Work");
    expect(lastLevel("プロジェクト/2026", "/")).toBe("2026");
    expect(lastLevel("a/b", ".")).toBe("a/b");
    expect(joinMailboxPath("プロジェクト", "2027", "/")).toBe("プロジェクト/2027");
    expect(joinMailboxPath(null, "2027", "/")).toBe("2027");
  });

  it("tells a child from a mailbox whose name only starts the same", () => {
    expect(isWithinMailbox("Work/Q3", "Work", "/")).toBe(true);
    expect(isWithinMailbox("Work", "Work", "/")).toBe(true);
    expect(isWithinMailbox("Workshop", "Work", "/")).toBe(false);
    expect(isWithinMailbox("Work/Q3", "Work", "")).toBe(false);
  });

  it("follows the mailbox shown through a rename or move of it or of a parent", () => {
    expect(pathAfterMove("プロジェクト/2026", "プロジェクト/2026", "プロジェクト/2027", "/")).toBe(
      "プロジェクト/2027",
    );
    expect(pathAfterMove("A/B/C", "A/B", "X/B", "/")).toBe("X/B/C");
    expect(pathAfterMove("A/Bee", "A/B", "X/B", "/")).toBeNull();
    expect(pathAfterMove("INBOX", "A", "B", "/")).toBeNull();
  });

  it("offers as parents neither the mailbox itself, its children nor where it is now", () => {
    const paths = ["INBOX", "A", "A/B", "A/B/C", "AB", "D"];
    expect(moveTargets(paths, "A/B", "/")).toEqual(["INBOX", "AB", "D"]);
    expect(moveTargets(paths, "A", "/")).toEqual(["INBOX", "AB", "D"]);
  });
});
