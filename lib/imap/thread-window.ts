import "server-only";
import type { SearchObject } from "imapflow";
import type { ThreadMessage } from "@/lib/thread/thread-message";

/**
 * How far from the messages shown a thread's other messages are looked for: this many UIDs
 * either side in the mailbox, and Sent messages from this many days before the oldest of them.
 * Header criteria have no index on most servers (Dovecot reads each message's headers), so an
 * unbounded SEARCH costs as much as the mailbox is large: 1.2 s for one conversation in a
 * 100,000-message mailbox. The window keeps it to what is near the messages shown, for the
 * list's rows and the opened conversation alike (so a row's count is the stack's).
 */
export const threadWindow = { uids: 5000, days: 90 };

/** The UID window around `shown` (RFC 3501 §6.4.4 `UID <sequence set>`). */
export function uidWindow(shown: ThreadMessage[]): SearchObject {
  const uids = shown.map((message) => message.envelope.uid);
  if (!uids.length) return {};
  const from = Math.max(1, Math.min(...uids) - threadWindow.uids);
  return { uid: `${from}:${Math.max(...uids) + threadWindow.uids}` };
}

/** Sent messages since `days` before the oldest of `shown` (SINCE, the INTERNALDATE). */
export function sentWindow(shown: ThreadMessage[]): SearchObject {
  const dates = shown.map((message) => message.date).filter(Number.isFinite);
  if (!dates.length) return {};
  return { since: new Date(Math.min(...dates) - threadWindow.days * 24 * 60 * 60 * 1000) };
}
