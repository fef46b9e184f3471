import "server-only";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { collectSentMembers } from "@/lib/imap/collect-sent-members";
import { collectThreadMembers } from "@/lib/imap/collect-thread-members";
import { fetchThreadMessages } from "@/lib/imap/fetch-thread-messages";
import { sentWindow, uidWindow } from "@/lib/imap/thread-window";
import { withMailbox, type LockedMailbox } from "@/lib/imap/with-mailbox";
import { MailError } from "@/lib/mail/mail-error";
import { buildThreads } from "@/lib/thread/build-threads";
import type { Conversation } from "@/lib/thread/conversation";
import { threadClues } from "@/lib/thread/thread-clues";
import type { ThreadMessage } from "@/lib/thread/thread-message";

/** The conversation of `own` among `messages` (or that message alone), oldest first. */
function conversationOf(messages: ThreadMessage[], own: ThreadMessage): Conversation {
  const thread = buildThreads<ThreadMessage>(messages).find((t) =>
    t.messages.some((m) => m.key === own.key),
  );
  const members = thread?.messages ?? [own];
  return {
    threadId: thread?.id ?? own.key,
    subject: members[0]?.envelope.subject ?? "",
    messages: members.map(({ mailbox, uidValidity, envelope }) => ({
      mailbox,
      uidValidity,
      envelope,
    })),
  };
}

/**
 * openConversation, with `whileSelected` run before Sent is searched, while the mailbox is
 * still selected, given the conversation as far as the mailbox alone tells it: what it reads
 * there costs no second SELECT (which, with the first FETCH after it, takes a quarter of a
 * second in a 100,000-message mailbox on Dovecot).
 */
export async function openConversationWith<T>(
  credentials: ImapCredentials,
  mailbox: string,
  uid: number,
  whileSelected: (locked: LockedMailbox, local: Conversation) => Promise<T>,
): Promise<{ conversation: Conversation; early: T }> {
  const read = await withMailbox(credentials, mailbox, async (locked) => {
    const [message] = await fetchThreadMessages(locked, String(uid), true);
    if (!message) throw new MailError("MESSAGE_NOT_FOUND", "This message does not exist any more.");
    const clues = threadClues([message], true);
    const others = await collectThreadMembers(locked, clues, new Set([uid]), uidWindow([message]));
    const early = await whileSelected(locked, conversationOf([message, ...others], message));
    return { path: locked.path, message, clues, others, early };
  });
  const sent = await collectSentMembers(
    credentials,
    read.path,
    read.clues,
    sentWindow([read.message, ...read.others]),
  );
  const conversation = conversationOf([read.message, ...read.others, ...sent], read.message);
  return { conversation, early: read.early };
}

/**
 * The conversation of one message, oldest first, across `mailbox` and Sent: every message
 * that is, names or answers one of the ids the message references (or the message itself),
 * within `threadWindow` of it, as the list's rows count them.
 */
export async function openConversation(
  credentials: ImapCredentials,
  mailbox: string,
  uid: number,
): Promise<Conversation> {
  const { conversation } = await openConversationWith(credentials, mailbox, uid, async () => null);
  return conversation;
}
