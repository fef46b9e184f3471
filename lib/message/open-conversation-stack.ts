import "server-only";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { openConversation } from "@/lib/imap/open-conversation";
import { MailError } from "@/lib/mail/mail-error";
import {
  openMessage,
  type OpenedMessage,
  type OpenMessageOptions,
} from "@/lib/message/open-message";

/**
 * The most messages of one conversation opened at once (each is a FETCH of its structure and
 * its text part): a very long thread shows its newest, and says how many older ones it leaves.
 */
export const stackLimit = 20;

/** INBOX is case-insensitive (RFC 3501 §5.1): the URL may spell it otherwise than the server. */
function sameMailbox(a: string, b: string): boolean {
  return a === b || (a.toUpperCase() === "INBOX" && b.toUpperCase() === "INBOX");
}

export interface ConversationStack {
  /** The conversation's messages shown, oldest first, each opened as on its own. */
  messages: OpenedMessage[];
  /** The message of the URL (the conversation's newest in its mailbox, or a deep link). */
  current: OpenedMessage;
  /** Older messages of the conversation left out of the stack. */
  olderHidden: number;
}

/**
 * The conversation of `mailbox`/`uid` across the mailbox and Sent, its messages opened (the
 * newest `stackLimit`, always with the message asked for) with `options`, oldest first.
 */
export async function openConversationStack(
  credentials: ImapCredentials,
  mailbox: string,
  uid: number,
  options: OpenMessageOptions,
): Promise<ConversationStack> {
  const { messages } = await openConversation(credentials, mailbox, uid);
  const at = messages.findIndex(
    (message) => sameMailbox(message.mailbox, mailbox) && message.envelope.uid === uid,
  );
  const start = Math.max(0, Math.min(at < 0 ? Infinity : at, messages.length - stackLimit));
  const shown = messages.slice(start, start + stackLimit);
  const opened = await openMembers(credentials, shown, options, mailbox);
  const current = opened.find(
    ({ message }) => sameMailbox(message.mailbox, mailbox) && message.uid === uid,
  );
  if (!current) throw new MailError("MESSAGE_NOT_FOUND", "This message does not exist any more.");
  return { messages: opened, current, olderHidden: start };
}

type StackMember = { mailbox: string; envelope: { uid: number } };

/** Opens one message of a stack; null when it is gone (moved or deleted meanwhile). */
function openMember(
  credentials: ImapCredentials,
  { mailbox, envelope }: StackMember,
  options: OpenMessageOptions,
): Promise<OpenedMessage | null> {
  return openMessage(credentials, mailbox, envelope.uid, options).catch((error: unknown) => {
    if (error instanceof MailError && error.status === 404) return null;
    throw error;
  });
}

/**
 * Opens the messages of a stack, oldest first, one mailbox after the other: the user's session
 * has one connection, and a thread that goes back and forth between the mailbox and Sent would
 * otherwise SELECT them in turn for every message (50 ms each for a 100,000-message mailbox).
 * `last` is opened last: the thread lookup ended in Sent, so the other mailboxes come first.
 *
 * One moved or deleted between the thread lookup and its opening (archived from this very
 * stack while a live refresh renders it) is left out: it would leave the stack a moment later
 * anyway, and failing the page for it would put the not-found page where the conversation was.
 */
export async function openMembers(
  credentials: ImapCredentials,
  members: StackMember[],
  options: OpenMessageOptions,
  last?: string,
): Promise<OpenedMessage[]> {
  const mailboxes = [...new Set(members.map((member) => member.mailbox))];
  const isLast = (path: string) => last !== undefined && sameMailbox(path, last);
  const order = [...mailboxes.filter((path) => !isLast(path)), ...mailboxes.filter(isLast)];
  const opened = new Map<StackMember, OpenedMessage | null>();
  for (const mailbox of order) {
    const group = members.filter((member) => member.mailbox === mailbox);
    const results = await Promise.all(
      group.map((member) => openMember(credentials, member, options)),
    );
    group.forEach((member, i) => opened.set(member, results[i] ?? null));
  }
  return members.map((member) => opened.get(member) ?? null).filter((message) => message !== null);
}

/** One message as a stack of one: the plain message view. */
export async function openSingleStack(
  credentials: ImapCredentials,
  mailbox: string,
  uid: number,
  options: OpenMessageOptions,
): Promise<ConversationStack> {
  const current = await openMessage(credentials, mailbox, uid, options);
  return { messages: [current], current, olderHidden: 0 };
}
