// The live events pushed to browsers: invalidations that the client applies to what it
// shows. The mail server stays the truth; a client that is unsure refetches. Client-safe.
import type { Flag } from "@/lib/mail/types";

export type MailEvent =
  /** A message's flags changed (FETCH FLAGS from IDLE, or a STORE made through Tegami). */
  | { type: "flags"; mailbox: string; uid: number; flags: Flag[] }
  /** Messages arrived in a mailbox (EXISTS grew); the client refetches the page it shows. */
  | { type: "added"; mailbox: string; uids: number[] }
  /** Messages left a mailbox (EXPUNGE / VANISHED, or a move or delete made through Tegami). */
  | { type: "expunged"; mailbox: string; uids: number[] }
  /** New counts of a mailbox (STATUS, or computed after a change). */
  | { type: "counts"; mailbox: string; unseen: number; messages: number }
  /** Mailboxes were created, renamed or deleted. */
  | { type: "mailboxes" }
  /** The server cannot say what changed (a gap, a reconnect): refetch what is shown. */
  | { type: "resync"; mailbox: string | null }
  /** The state of the server's own IMAP watcher for this user. */
  | { type: "connection"; state: "live" | "reconnecting" };

/** One event on the wire, with the id a reconnecting EventSource sends back as Last-Event-ID. */
export interface MailEventEnvelope {
  id: string;
  event: MailEvent;
}

/** The SSE event name used for every MailEventEnvelope (`event: mail`). */
export const mailEventName = "mail";
