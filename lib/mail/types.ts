// The mail glossary: the one set of types shared from IMAP to pixels.
// Client-safe: no imports from imapflow, nodemailer or Node built-ins.

import type { AuthenticationSummary } from "@/lib/mail/authentication-results";
import type { ThreadSummary } from "@/lib/thread/conversation";

/** An address as it appears in a header: `{ name: "Alice", address: "alice@example.test" }`. */
export interface Address {
  name: string;
  address: string;
}

/** The SPECIAL-USE roles (RFC 6154) Tegami gives a place of its own, plus the Inbox. */
export type MailboxRole = "inbox" | "drafts" | "sent" | "archive" | "junk" | "trash";

/** One mailbox from LIST, with its counts from STATUS. */
export interface Mailbox {
  /** Full path as the server names it, decoded from modified UTF-7 (RFC 3501 §5.1.3). */
  path: string;
  /** The last component of the path, for display. */
  name: string;
  /** Path of the parent mailbox, or null at the top level. */
  parentPath: string | null;
  /** Hierarchy delimiter, e.g. "/" or ".". */
  delimiter: string;
  role: MailboxRole | null;
  /** False for \Noselect / \NonExistent mailboxes that only hold children. */
  selectable: boolean;
  /** In the user's subscriptions (LSUB, RFC 3501 §6.3.9): shown in the Folders nav. */
  subscribed: boolean;
  /** Number of messages without \Seen. */
  unseen: number;
  messages: number;
}

/** A mailbox placed in the tree: children nested, special mailboxes first. */
export interface MailboxNode extends Mailbox {
  depth: number;
  children: MailboxNode[];
}

/** IMAP system flags and the keywords Tegami shows. */
export type Flag = "\\Seen" | "\\Flagged" | "\\Answered" | "\\Draft" | "\\Deleted" | (string & {});

/** What the message list shows of one message: envelope, flags, size; never the body. */
export interface Envelope {
  uid: number;
  messageId: string | null;
  subject: string;
  from: Address[];
  to: Address[];
  cc: Address[];
  /** The Date header (or INTERNALDATE when it is missing), ISO 8601. */
  date: string;
  flags: Flag[];
  /** RFC822.SIZE in bytes. */
  size: number;
  /** A hint from BODYSTRUCTURE: some part is an attachment. */
  hasAttachments: boolean;
}

/** One page of a mailbox, newest first. */
export interface EnvelopePage {
  mailbox: string;
  uidValidity: string;
  /** Messages in the mailbox (EXISTS). */
  total: number;
  /** 1-based page number. */
  page: number;
  pageCount: number;
  pageSize: number;
  envelopes: Envelope[];
  /**
   * In conversation view: one per envelope, the conversation it stands for (the envelope is
   * its newest message in this mailbox). Absent in the plain message view.
   */
  threads?: ThreadSummary[];
}

/** A body part offered for download. `part` is the IMAP body-part path, e.g. "2" or "1.2". */
export interface Attachment {
  part: string;
  filename: string;
  contentType: string;
  /** Decoded size estimate in bytes (the encoded size from BODYSTRUCTURE, adjusted for base64). */
  size: number;
}

/** The body Tegami shows for a message. */
export type MessageBody =
  | { kind: "html"; part: string; remoteContent: boolean }
  | { kind: "text"; part: string; text: string }
  | { kind: "none" };

/** An opened message: headers, the body to show, and its attachments. */
export interface MessageView {
  mailbox: string;
  uidValidity: string;
  uid: number;
  messageId: string | null;
  subject: string;
  from: Address[];
  to: Address[];
  cc: Address[];
  replyTo: Address[];
  date: string;
  flags: Flag[];
  body: MessageBody;
  attachments: Attachment[];
  /** What the receiving server's SPF/DKIM/DMARC checks said, when worth showing. */
  authentication: AuthenticationSummary | null;
}
