import "server-only";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { collectSentMembers } from "@/lib/imap/collect-sent-members";
import { collectThreadMembers } from "@/lib/imap/collect-thread-members";
import { fetchThreadMessages } from "@/lib/imap/fetch-thread-messages";
import { sentWindow, uidWindow } from "@/lib/imap/thread-window";
import { withMailbox } from "@/lib/imap/with-mailbox";
import { MailError } from "@/lib/mail/mail-error";
import { buildThreads } from "@/lib/thread/build-threads";
import type { Conversation } from "@/lib/thread/conversation";
import { threadClues } from "@/lib/thread/thread-clues";
import type { ThreadMessage } from "@/lib/thread/thread-message";

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
  const read = await withMailbox(credentials, mailbox, async (locked) => {
    const [message] = await fetchThreadMessages(locked, String(uid), true);
    if (!message) throw new MailError("MESSAGE_NOT_FOUND", "This message does not exist any more.");
    const clues = threadClues([message], true);
    const others = await collectThreadMembers(locked, clues, new Set([uid]), uidWindow([message]));
    return { path: locked.path, message, clues, others };
  });
  const sent = await collectSentMembers(
    credentials,
    read.path,
    read.clues,
    sentWindow([read.message, ...read.others]),
  );
  const threads = buildThreads<ThreadMessage>([read.message, ...read.others, ...sent]);
  const thread = threads.find((t) => t.messages.some((m) => m.key === read.message.key));
  const messages = thread?.messages ?? [read.message];
  return {
    threadId: thread?.id ?? read.message.key,
    subject: messages[0]?.envelope.subject ?? "",
    messages: messages.map(({ mailbox: where, uidValidity, envelope }) => ({
      mailbox: where,
      uidValidity,
      envelope,
    })),
  };
}
