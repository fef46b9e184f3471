// Integration: conversations computed by Tegami across INBOX and Sent on the real Dovecot.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { textMessage } from "@/e2e/support/mail-fixtures";
import { appendAll, resetMailboxes } from "@/e2e/support/reset-mailboxes";
import { testStack, useTestStackEnv, withImap } from "@/e2e/support/test-imap";
import { listConversations } from "@/lib/imap/list-conversations";
import { openConversation } from "@/lib/imap/open-conversation";
import { closeImapSessions } from "@/lib/imap/session-pool";
import { openConversationStack, openMembers } from "@/lib/message/open-conversation-stack";

const stack = testStack();
const heidi = { user: "heidi@example.test", pass: stack.password("heidi@example.test") };
const people = {
  bob: { name: "Bob", address: "bob@example.test" },
  carol: { name: "Carol", address: "carol@example.test" },
  heidi: { name: "Heidi", address: "heidi@example.test" },
};
const run = randomBytes(4).toString("hex");
const id = (n: number) => `<thread-${run}-${n}@example.test>`;
const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 9, minute));

/** A message of the thread: `refs` go to References, `replyTo` to In-Reply-To. */
function threadMessage(n: number, from: keyof typeof people, refs: number[], replyTo?: number) {
  const headers = [
    refs.length ? `References: ${refs.map(id).join(" ")}\r\n` : "",
    replyTo ? `In-Reply-To: ${id(replyTo)}\r\n` : "",
  ].join("");
  const body = textMessage({
    subject: n === 1 ? "予算 2026" : "Re: 予算 2026",
    from: people[from],
    to: from === "heidi" ? people.bob : people.heidi,
    date: at(n),
    messageId: id(n),
    text: `message ${n}`,
  });
  return {
    raw: Buffer.concat([Buffer.from(headers, "latin1"), body]),
    date: at(n),
    flags: n === 4 ? [] : ["\\Seen"],
  };
}

const inbox: Record<number, number> = {};
/** The thread's messages, oldest first, as `[mailbox, Message-ID]`: 2 and 5 are in Sent. */
const threadOrder = [1, 2, 3, 4, 5, 6].map((n) => [n === 2 || n === 5 ? "Sent" : "INBOX", id(n)]);
const options = { allowRemote: false, lang: "en" as const };
let lunchReply = 0;

beforeAll(async () => {
  useTestStackEnv(stack);
  await closeImapSessions(heidi.user);
  await resetMailboxes(heidi.user);
  // Out of order on purpose: 4 arrives before 3.
  const [m1, m4, m3] = await appendAll(heidi.user, "INBOX", [
    threadMessage(1, "bob", []),
    threadMessage(4, "carol", [1, 2, 3], 3),
    threadMessage(3, "bob", [1, 2], 2),
  ]);
  Object.assign(inbox, { 1: m1, 3: m3, 4: m4 });
  await appendAll(heidi.user, "Sent", [
    threadMessage(2, "heidi", [1], 1),
    threadMessage(5, "heidi", [1, 2, 3, 4], 4),
  ]);
  const fillers = Array.from({ length: 50 }, (_, i) => ({
    raw: textMessage({ subject: `Filler ${i}`, from: people.carol, date: at(10), text: "." }),
    date: at(10),
  }));
  const lunch = [
    {
      raw: textMessage({ subject: "Lunch", from: people.carol, date: at(30), text: "noon?" }),
      date: at(30),
    },
    {
      raw: textMessage({ subject: "Re: Lunch", from: people.bob, date: at(31), text: "yes" }),
      date: at(31),
    },
  ];
  // 6 names only its parent in In-Reply-To and the root in References, as some clients do.
  const appended = await appendAll(heidi.user, "INBOX", [
    ...fillers,
    ...lunch,
    threadMessage(6, "bob", [1], 5),
  ]);
  lunchReply = appended[51]!;
  inbox[6] = appended[52]!;
});

afterAll(async () => {
  await closeImapSessions(heidi.user);
});

describe("conversations", () => {
  it("shows a thread of 6 messages, 2 of them in Sent, as one row", async () => {
    const page = await listConversations(heidi, "INBOX", 1);
    const row = page.rows.find((r) => r.threadId === id(1));
    expect(row).toMatchObject({
      count: 6,
      subject: "予算 2026",
      unread: true,
      date: at(6).toISOString(),
      // Mailbox order (UID), as the list: 4 arrived before 3.
      uids: [inbox[6], inbox[3], inbox[4], inbox[1]],
    });
    expect(row!.latest.envelope.uid).toBe(inbox[6]);
    expect(row!.participants.map((p) => p.address)).toEqual([
      "bob@example.test",
      "heidi@example.test",
      "carol@example.test",
    ]);
    expect(page.rows[0]!.threadId).toBe(id(1));
  });

  it("joins a reply without references to its thread by subject", async () => {
    const page = await listConversations(heidi, "INBOX", 1);
    const lunch = page.rows.find((r) => r.subject === "Lunch");
    expect(lunch).toMatchObject({ count: 2 });
    expect(lunch!.latest.envelope.uid).toBe(lunchReply);
  });

  it("shows a thread only on the page of its newest message", async () => {
    const first = await listConversations(heidi, "INBOX", 1);
    const second = await listConversations(heidi, "INBOX", 2);
    expect(first.total).toBe(56);
    expect(second.rows.map((r) => r.threadId)).not.toContain(id(1));
    const shown = [...first.rows, ...second.rows].flatMap((r) => r.uids);
    expect(new Set(shown).size).toBe(shown.length);
  });

  it("opens the conversation in order across INBOX and Sent, from any of its messages", async () => {
    for (const uid of [inbox[3]!, inbox[1]!, inbox[6]!]) {
      const conversation = await openConversation(heidi, "INBOX", uid);
      expect(conversation.messages.map((m) => [m.mailbox, m.envelope.messageId])).toEqual(
        threadOrder,
      );
      expect(conversation).toMatchObject({ threadId: id(1), subject: "予算 2026" });
    }
  });

  it("opens the stack in the thread's order, INBOX's messages read before Sent is searched", async () => {
    const stack = await openConversationStack(heidi, "INBOX", inbox[3]!, options);
    expect(stack.messages.map(({ message }) => [message.mailbox, message.messageId])).toEqual(
      threadOrder,
    );
    expect(stack.current.message.uid).toBe(inbox[3]);
    expect(stack.messages.map(({ message }) => message.body)).toContainEqual(
      expect.objectContaining({ kind: "text", text: expect.stringContaining("message 2") }),
    );
  });

  it("answers MESSAGE_NOT_FOUND for a message that is gone", async () => {
    await expect(openConversation(heidi, "INBOX", 999_999)).rejects.toMatchObject({
      code: "MESSAGE_NOT_FOUND",
    });
  });

  // Last: it moves a message of the thread away.
  it("opens the stack without a message moved away after the thread was looked up", async () => {
    const { messages } = await openConversation(heidi, "INBOX", inbox[6]!);
    // Archived from the stack itself while a live refresh was rendering it.
    await withImap(heidi.user, async (client) => {
      await client.mailboxOpen("INBOX");
      await client.messageMove(String(inbox[3]), "Archive", { uid: true });
    });
    // Sent's messages are opened first (one SELECT each way), the order stays the thread's.
    const opened = await openMembers(heidi, messages, options, "INBOX");
    expect(opened.map(({ message }) => [message.mailbox, message.messageId])).toEqual(
      threadOrder.filter(([, messageId]) => messageId !== id(3)),
    );
    const stack = await openConversationStack(heidi, "INBOX", inbox[6]!, options);
    expect(stack.messages).toHaveLength(5);
    expect(stack.current.message.uid).toBe(inbox[6]);
    await expect(openConversationStack(heidi, "INBOX", inbox[3]!, options)).rejects.toMatchObject({
      code: "MESSAGE_NOT_FOUND",
    });
  });
});
