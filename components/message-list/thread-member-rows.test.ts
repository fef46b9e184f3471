import { describe, expect, it } from "vitest";
import { threadMemberRows } from "@/components/message-list/thread-member-rows";
import type { ThreadSummary } from "@/lib/thread/conversation";

const thread: ThreadSummary = {
  uid: 12,
  count: 4,
  participants: [],
  date: "2026-11-01T09:04:00.000Z",
  hasAttachments: false,
  members: [
    { mailbox: "INBOX", uid: 10, flags: ["\\Seen"] },
    { mailbox: "Sent", uid: 3, flags: ["\\Seen"] },
    { mailbox: "INBOX", uid: 11, flags: [] },
    { mailbox: "INBOX", uid: 12, flags: ["\\Seen"] },
  ],
};

describe("threadMemberRows", () => {
  it("expands a conversation row to its messages in the mailbox shown, not Sent's", () => {
    const rows = threadMemberRows(
      "INBOX",
      [
        { uid: 12, unread: true },
        { uid: 20, unread: false },
      ],
      [thread],
    );
    expect(rows).toEqual([
      // The row's own state is as shown (maybe marked unread a moment ago).
      { uid: 12, unread: true },
      { uid: 10, unread: false },
      { uid: 11, unread: true },
      { uid: 20, unread: false },
    ]);
  });

  it("leaves rows alone in the message view", () => {
    expect(threadMemberRows("INBOX", [{ uid: 12, unread: false }], undefined)).toEqual([
      { uid: 12, unread: false },
    ]);
  });
});
