import "server-only";
import { toFlags } from "@/lib/imap/to-envelope";
import type { MailboxCounts } from "@/lib/imap/read-mailbox-counts";
import type { MailEvent } from "@/lib/realtime/mail-event";

// Pure translations from what the watcher's IMAP connection reports to MailEvents, kept apart
// from the connection so they are unit-tested without a server.

/** What the watcher last told clients about the mailbox list. */
export interface KnownMailboxes {
  /** Every listed path, sorted: a change in this set is a `mailboxes` event. */
  paths: string[];
  counts: Map<string, MailboxCounts>;
}

/** One LIST entry with its LIST-STATUS data (RFC 5819), reduced to what the diff needs. */
export interface ListedMailbox {
  path: string;
  status?: { messages?: number; unseen?: number };
}

/**
 * A `flags` event for a FETCH FLAGS the server pushed, or null when it carries no UID (a server
 * without QRESYNC: only a sequence number, which never leaves lib/imap; the caller resyncs).
 */
export function toFlagsEvent(change: {
  path: string;
  uid?: number;
  flags: Set<string>;
}): MailEvent | null {
  if (!change.uid) return null;
  return { type: "flags", mailbox: change.path, uid: change.uid, flags: toFlags(change.flags) };
}

export function countsEvent(mailbox: string, counts: MailboxCounts): MailEvent {
  return { type: "counts", mailbox, messages: counts.messages, unseen: counts.unseen };
}

function sameCounts(a: MailboxCounts | undefined, b: MailboxCounts): boolean {
  return a !== undefined && a.messages === b.messages && a.unseen === b.unseen;
}

/**
 * Compares a fresh LIST-STATUS answer with what clients were last told: a `mailboxes` event when
 * the set of paths changed, and `counts` for each mailbox whose numbers changed. The first answer
 * (`previous` null) only sets the baseline: the page that started the watcher showed those counts.
 */
export function diffMailboxes(
  previous: KnownMailboxes | null,
  listed: ListedMailbox[],
): { known: KnownMailboxes; events: MailEvent[] } {
  const counts = new Map<string, MailboxCounts>();
  for (const entry of listed) {
    const { messages, unseen } = entry.status ?? {};
    if (typeof messages === "number" && typeof unseen === "number") {
      counts.set(entry.path, { messages, unseen });
    }
  }
  const known = { paths: listed.map((entry) => entry.path).sort(), counts };
  if (!previous) return { known, events: [] };

  const events: MailEvent[] = [];
  if (known.paths.join("\0") !== previous.paths.join("\0")) events.push({ type: "mailboxes" });
  for (const [path, now] of counts) {
    if (!sameCounts(previous.counts.get(path), now)) events.push(countsEvent(path, now));
  }
  return { known, events };
}

/** The UIDs at or above `uidNext` among fetched ones, ascending: the messages not announced yet. */
export function newUids(fetched: number[], uidNext: number): number[] {
  return [...new Set(fetched.filter((uid) => uid >= uidNext))].sort((a, b) => a - b);
}
