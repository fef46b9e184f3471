// What the conversation view shows: rows of the message list, one per thread, and a thread
// opened as a stack of messages across the mailbox and Sent. Client-safe.
import type { Address, Envelope, Flag } from "@/lib/mail/types";

/** One message of a conversation, wherever it lives (the mailbox shown, or Sent). */
export interface ConversationMessage {
  mailbox: string;
  uidValidity: string;
  envelope: Envelope;
}

/** Where one message of a conversation lives, and its flags: enough to act on it and show it. */
export interface ThreadMember {
  mailbox: string;
  uid: number;
  flags: Flag[];
}

/** One row of the message list in conversation mode. */
export interface ConversationRow {
  /** The Message-ID at the thread's root (or a message's own key when it has none). */
  threadId: string;
  /** The newest message of the conversation in the mailbox shown: the row opens it. */
  latest: ConversationMessage;
  /** The subject of the conversation's first message. */
  subject: string;
  /** Messages in the conversation, in the mailbox shown and in Sent. */
  count: number;
  /** Senders, oldest first, each once. */
  participants: Address[];
  /** The newest message's date, ISO 8601. */
  date: string;
  /** True when any message of the conversation lacks \Seen. */
  unread: boolean;
  flagged: boolean;
  hasAttachments: boolean;
  /** UIDs of the conversation's messages in the mailbox shown, newest first (to act on all). */
  uids: number[];
  /** Every message of the conversation (this mailbox and Sent), oldest first. */
  members: ThreadMember[];
}

/**
 * What a list row shows of its conversation beside the newest envelope in the mailbox (the
 * row's `uid`): sent over the wire with the list page.
 */
export interface ThreadSummary {
  uid: number;
  count: number;
  participants: Address[];
  /** The newest message's date (maybe a reply in Sent), ISO 8601. */
  date: string;
  /** Some message of the conversation has an attachment (as far as BODYSTRUCTURE was read). */
  hasAttachments: boolean;
  members: ThreadMember[];
}

/** One page of a mailbox in conversation mode: the page's messages grouped into rows. */
export interface ConversationPage {
  mailbox: string;
  uidValidity: string;
  /** Messages in the mailbox (EXISTS): pages are pages of messages, as without threads. */
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  /**
   * Rows whose newest message in this mailbox is on this page, newest first. A thread shows
   * on one page only, so a page may hold fewer rows than messages.
   */
  rows: ConversationRow[];
}

export interface Conversation {
  threadId: string;
  subject: string;
  /** Oldest first; the UI expands the last. */
  messages: ConversationMessage[];
}
