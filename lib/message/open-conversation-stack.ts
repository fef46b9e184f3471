import "server-only";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { openConversationWith } from "@/lib/imap/open-conversation";
import type { LockedMailbox } from "@/lib/imap/with-mailbox";
import { MailError } from "@/lib/mail/mail-error";
import {
  openLockedMessage,
  openMessage,
  type OpenedMessage,
  type OpenMessageOptions,
} from "@/lib/message/open-message";
import type { ConversationMessage } from "@/lib/thread/conversation";

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

type StackMember = Pick<ConversationMessage, "mailbox" | "envelope">;
/** What was opened, by member; null for one gone (moved or deleted) since it was found. */
type Opened = Map<string, OpenedMessage | null>;

const keyOf = ({ mailbox, envelope }: StackMember) => `${mailbox}\u0000${envelope.uid}`;

/** The newest `stackLimit` of `messages`, always with `mailbox`/`uid`; and how many are left. */
function stackWindow<M extends StackMember>(messages: M[], mailbox: string, uid: number) {
  const at = messages.findIndex(
    (message) => sameMailbox(message.mailbox, mailbox) && message.envelope.uid === uid,
  );
  const start = Math.max(0, Math.min(at < 0 ? Infinity : at, messages.length - stackLimit));
  return { shown: messages.slice(start, start + stackLimit), start };
}

/** A member moved or deleted since the thread was looked up is null, not an error. */
function goneAsNull(error: unknown): null {
  if (error instanceof MailError && error.status === 404) return null;
  throw error;
}

/** Opens `members` of the mailbox the caller holds, one after the other on its connection. */
async function openInLocked(
  locked: LockedMailbox,
  credentials: ImapCredentials,
  members: StackMember[],
  options: OpenMessageOptions,
): Promise<Opened> {
  const opened: Opened = new Map();
  for (const member of members) {
    const { uid } = member.envelope;
    const message = await openLockedMessage(locked, credentials, uid, options).catch(goneAsNull);
    opened.set(keyOf(member), message);
  }
  return opened;
}

/**
 * Opens `members`, one mailbox after the other (`last` last): the user's session has one
 * connection, and a thread that goes back and forth between the mailbox and Sent would
 * otherwise SELECT them in turn for every message.
 */
async function openKeyed(
  credentials: ImapCredentials,
  members: StackMember[],
  options: OpenMessageOptions,
  last?: string,
): Promise<Opened> {
  const mailboxes = [...new Set(members.map((member) => member.mailbox))];
  const isLast = (path: string) => last !== undefined && sameMailbox(path, last);
  const order = [...mailboxes.filter((path) => !isLast(path)), ...mailboxes.filter(isLast)];
  const opened: Opened = new Map();
  for (const mailbox of order) {
    const group = members.filter((member) => member.mailbox === mailbox);
    const results = await Promise.all(
      group.map(({ envelope }) =>
        openMessage(credentials, mailbox, envelope.uid, options).catch(goneAsNull),
      ),
    );
    group.forEach((member, i) => opened.set(keyOf(member), results[i] ?? null));
  }
  return opened;
}

/** `members` as opened, in their order, without the ones that are gone. */
function inOrder(members: StackMember[], opened: Opened): OpenedMessage[] {
  return members.map((member) => opened.get(keyOf(member)) ?? null).filter((m) => m !== null);
}

/**
 * Opens the messages of a stack, in their order. One moved or deleted between the thread
 * lookup and its opening (archived from this very stack while a live refresh renders it) is
 * left out: it would leave the stack a moment later anyway, and failing the page for it would
 * put the not-found page where the conversation was.
 */
export async function openMembers(
  credentials: ImapCredentials,
  members: StackMember[],
  options: OpenMessageOptions,
  last?: string,
): Promise<OpenedMessage[]> {
  return inOrder(members, await openKeyed(credentials, members, options, last));
}

/**
 * The conversation of `mailbox`/`uid` across the mailbox and Sent, its messages opened (the
 * newest `stackLimit`, always with the message asked for) with `options`, oldest first.
 * The mailbox's own messages are opened while the thread lookup still has it selected; Sent's
 * after its search, where the connection then is; the mailbox is selected again only for a
 * message that Sent's messages alone tie to the thread.
 */
export async function openConversationStack(
  credentials: ImapCredentials,
  mailbox: string,
  uid: number,
  options: OpenMessageOptions,
): Promise<ConversationStack> {
  const { conversation, early } = await openConversationWith(
    credentials,
    mailbox,
    uid,
    (locked, local) => {
      const own = stackWindow(local.messages, mailbox, uid).shown.filter(
        (message) => message.mailbox === locked.path,
      );
      return openInLocked(locked, credentials, own, options);
    },
  );
  const { shown, start } = stackWindow(conversation.messages, mailbox, uid);
  const rest = shown.filter((member) => !early.has(keyOf(member)));
  const later = await openKeyed(credentials, rest, options, mailbox);
  const messages = inOrder(shown, new Map([...early, ...later]));
  const current = messages.find(
    ({ message }) => sameMailbox(message.mailbox, mailbox) && message.uid === uid,
  );
  if (!current) throw new MailError("MESSAGE_NOT_FOUND", "This message does not exist any more.");
  return { messages, current, olderHidden: start };
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
