// One thread as a row of the message list. Client-safe.
import type { Address } from "@/lib/mail/types";
import type { Thread } from "@/lib/thread/build-threads";
import type { ConversationRow } from "@/lib/thread/conversation";
import type { ThreadMessage } from "@/lib/thread/thread-message";

function participants(messages: ThreadMessage[]): Address[] {
  const seen = new Map<string, Address>();
  for (const message of messages) {
    for (const from of message.envelope.from) {
      const key = from.address.toLowerCase() || from.name;
      if (!seen.has(key)) seen.set(key, from);
    }
  }
  return [...seen.values()];
}

/** Copies of one message (in INBOX and Sent when mailing oneself) count once. */
function distinctCount(messages: ThreadMessage[]): number {
  const ids = new Set<string>();
  let withoutId = 0;
  for (const message of messages) {
    if (message.messageId) ids.add(message.messageId);
    else withoutId += 1;
  }
  return ids.size + withoutId;
}

/** The row of `thread` in `mailbox`, or null when none of its messages is in that mailbox. */
export function toConversationRow(
  thread: Thread<ThreadMessage>,
  mailbox: string,
): ConversationRow | null {
  const here = thread.messages
    .filter((message) => message.mailbox === mailbox)
    .sort((a, b) => b.envelope.uid - a.envelope.uid);
  const latest = here[0];
  const newest = thread.messages.at(-1);
  if (!latest || !newest) return null;
  const { mailbox: latestMailbox, uidValidity, envelope } = latest;
  return {
    threadId: thread.id,
    latest: { mailbox: latestMailbox, uidValidity, envelope },
    subject: thread.messages[0]?.envelope.subject ?? envelope.subject,
    count: distinctCount(thread.messages),
    participants: participants(thread.messages),
    date: newest.envelope.date,
    unread: thread.messages.some((m) => !m.envelope.flags.includes("\\Seen")),
    flagged: thread.messages.some((m) => m.envelope.flags.includes("\\Flagged")),
    hasAttachments: thread.messages.some((m) => m.envelope.hasAttachments),
    uids: here.map((message) => message.envelope.uid),
    members: thread.messages.map((m) => ({
      mailbox: m.mailbox,
      uid: m.envelope.uid,
      flags: m.envelope.flags,
    })),
  };
}
