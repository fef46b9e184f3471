import { describe, expect, it } from "vitest";
import { mailboxAfterAction } from "@/components/mailbox/mailbox-after-action";

describe("mailboxAfterAction", () => {
  it("follows the mailbox shown to its new path after a rename or move", () => {
    const rename = { type: "rename", path: "プロジェクト/2026", name: "2027" } as const;
    expect(
      mailboxAfterAction("プロジェクト/2026", rename, { path: "プロジェクト/2027" }, "/"),
    ).toBe("プロジェクト/2027");
    const move = { type: "move", path: "A", parent: "B" } as const;
    expect(mailboxAfterAction("A/C", move, { path: "B/A" }, "/")).toBe("B/A/C");
  });

  it("goes to the Inbox when the mailbox shown was deleted, with its parent or alone", () => {
    const remove = { type: "delete", path: "プロジェクト", withChildren: true } as const;
    const result = { path: "プロジェクト", deleted: ["プロジェクト/2027", "プロジェクト"] };
    expect(mailboxAfterAction("プロジェクト/2027", remove, result, "/")).toBe("INBOX");
  });

  it("stays where it is when the action did not touch the mailbox shown", () => {
    const rename = { type: "rename", path: "Work", name: "Job" } as const;
    expect(mailboxAfterAction("INBOX", rename, { path: "Job" }, "/")).toBeNull();
    expect(mailboxAfterAction("Workshop", rename, { path: "Job" }, "/")).toBeNull();
    expect(mailboxAfterAction(null, rename, { path: "Job" }, "/")).toBeNull();
    const create = { type: "create", path: "New" } as const;
    expect(mailboxAfterAction("INBOX", create, { path: "New" }, "/")).toBeNull();
    const remove = { type: "delete", path: "Old" } as const;
    expect(mailboxAfterAction("INBOX", remove, { path: "Old", deleted: ["Old"] }, "/")).toBeNull();
  });
});
