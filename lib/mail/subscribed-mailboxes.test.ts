import { describe, expect, it } from "vitest";
import { subscribedMailboxes } from "@/lib/mail/subscribed-mailboxes";
import type { Mailbox, MailboxRole } from "@/lib/mail/types";

function mailbox(path: string, subscribed: boolean, role: MailboxRole | null = null): Mailbox {
  const cut = path.lastIndexOf("/");
  return {
    path,
    name: cut === -1 ? path : path.slice(cut + 1),
    parentPath: cut === -1 ? null : path.slice(0, cut),
    delimiter: "/",
    role,
    selectable: true,
    subscribed,
    unseen: 0,
    messages: 0,
  };
}

const paths = (mailboxes: Mailbox[]) => mailboxes.map((m) => m.path);

describe("subscribedMailboxes", () => {
  it("hides unsubscribed mailboxes but never the Inbox or a special-use one", () => {
    const shown = subscribedMailboxes([
      mailbox("INBOX", false, "inbox"),
      mailbox("Trash", false, "trash"),
      mailbox("Old", false),
      mailbox("Work", true),
    ]);
    expect(paths(shown)).toEqual(["INBOX", "Trash", "Work"]);
  });

  it("keeps the parents of a subscribed child, and only those", () => {
    const shown = subscribedMailboxes([
      mailbox("プロジェクト", false),
      mailbox("プロジェクト/2026", true),
      mailbox("プロジェクト/2025", false),
    ]);
    expect(paths(shown)).toEqual(["プロジェクト", "プロジェクト/2026"]);
  });

  it("stops on a parent loop a broken server could report", () => {
    const a = { ...mailbox("A", false), parentPath: "B" };
    const b = { ...mailbox("B", true), parentPath: "A" };
    expect(paths(subscribedMailboxes([a, b]))).toEqual(["A", "B"]);
  });
});
