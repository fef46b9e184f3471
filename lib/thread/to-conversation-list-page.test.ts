import { describe, expect, it } from "vitest";
import type { Envelope } from "@/lib/mail/types";
import type { ConversationPage, ConversationRow } from "@/lib/thread/conversation";
import { toConversationListPage } from "@/lib/thread/to-conversation-list-page";

function envelope(uid: number, subject: string): Envelope {
  return {
    uid,
    messageId: `<${uid}@x>`,
    subject,
    from: [{ name: "Bob", address: "bob@example.test" }],
    to: [],
    cc: [],
    date: "2026-11-01T09:00:00.000Z",
    flags: ["\\Seen"],
    size: 10,
    hasAttachments: false,
  };
}

function row(uid: number, count: number): ConversationRow {
  return {
    threadId: `<root-${uid}@x>`,
    latest: { mailbox: "INBOX", uidValidity: "7", envelope: envelope(uid, `Re: ${uid}`) },
    subject: String(uid),
    count,
    participants: [{ name: "Bob", address: "bob@example.test" }],
    date: "2026-11-02T09:00:00.000Z",
    unread: false,
    flagged: false,
    hasAttachments: false,
    uids: [uid],
    members: [{ mailbox: "INBOX", uid, flags: ["\\Seen"] }],
  };
}

describe("toConversationListPage", () => {
  it("makes one list row per conversation, its newest envelope beside its summary", () => {
    const page: ConversationPage = {
      mailbox: "INBOX",
      uidValidity: "7",
      total: 120,
      page: 2,
      pageCount: 3,
      pageSize: 50,
      rows: [row(30, 6), row(25, 1)],
    };
    const listed = toConversationListPage(page);
    expect(listed).toMatchObject({ mailbox: "INBOX", uidValidity: "7", total: 120, page: 2 });
    expect(listed.envelopes.map((e) => [e.uid, e.subject])).toEqual([
      [30, "Re: 30"],
      [25, "Re: 25"],
    ]);
    expect(listed.threads).toEqual([
      {
        uid: 30,
        count: 6,
        participants: [{ name: "Bob", address: "bob@example.test" }],
        date: "2026-11-02T09:00:00.000Z",
        hasAttachments: false,
        members: [{ mailbox: "INBOX", uid: 30, flags: ["\\Seen"] }],
      },
      expect.objectContaining({ uid: 25, count: 1 }),
    ]);
  });
});
