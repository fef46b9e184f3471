import { describe, expect, it } from "vitest";
import {
  parseMessageDrag,
  serializeMessageDrag,
  type MessageDrag,
} from "@/components/message-list/message-drag";

describe("the dragged messages' payload", () => {
  it("round-trips a mailbox with a Japanese name and its rows", () => {
    const drag: MessageDrag = {
      mailbox: "プロジェクト/2026",
      messages: [
        { uid: 7, unread: true },
        { uid: 12, unread: false },
      ],
    };
    expect(parseMessageDrag(serializeMessageDrag(drag))).toEqual(drag);
  });

  it("keeps each UID once", () => {
    const text = JSON.stringify({
      mailbox: "INBOX",
      messages: [
        { uid: 3, unread: true },
        { uid: 3, unread: true },
      ],
    });
    expect(parseMessageDrag(text)?.messages).toEqual([{ uid: 3, unread: true }]);
  });

  it("refuses anything else dropped on a mailbox", () => {
    const hostile = [
      "",
      "https://example.test/",
      "null",
      "[]",
      JSON.stringify({ mailbox: "INBOX", messages: [] }),
      JSON.stringify({ mailbox: "../bob/INBOX", messages: [{ uid: 1, unread: false }] }),
      JSON.stringify({ mailbox: "", messages: [{ uid: 1, unread: false }] }),
      JSON.stringify({ mailbox: "INBOX", messages: [{ uid: 0, unread: false }] }),
      JSON.stringify({ mailbox: "INBOX", messages: [{ uid: 1.5, unread: false }] }),
      JSON.stringify({ mailbox: "INBOX", messages: [{ uid: 2 ** 32, unread: false }] }),
      JSON.stringify({ mailbox: "INBOX", messages: [{ uid: "1", unread: false }] }),
      JSON.stringify({ mailbox: "INBOX", messages: [{ uid: 1 }] }),
      JSON.stringify({ mailbox: "INBOX", messages: [null] }),
      JSON.stringify({
        mailbox: "INBOX",
        messages: Array.from({ length: 10_001 }, (_, i) => ({ uid: i + 1, unread: false })),
      }),
    ];
    for (const text of hostile) expect(parseMessageDrag(text), text.slice(0, 60)).toBeNull();
  });
});
