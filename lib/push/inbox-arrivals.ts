import "server-only";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { searchUids } from "@/lib/imap/search-uids";
import { withMailbox } from "@/lib/imap/with-mailbox";

// New mail in INBOX that the watcher did not see arrive: while the user's browser shows another
// mailbox, the watcher IDLEs there and learns of INBOX only from its counts (LIST-STATUS polls),
// which carry no UIDs. The notifier then asks INBOX itself which UIDs are above the highest one
// it has handled. Runs on the user's pooled connection, not the watcher's.

/**
 * Before the notifier has handled any INBOX UID of a user (a fresh process), a message counts as
 * just arrived when the server received it within this window: a few of the watcher's count
 * polls. Older unread mail is not news, and may have been notified before a restart.
 */
const arrivalWindowMs = 60_000;
/** At most this many of the newest messages are looked at without a high-water mark. */
const lookBack = 10;

export interface InboxArrivals {
  /** UIDs of INBOX messages that arrived since `after` (ascending). */
  uids: number[];
  /** The highest UID INBOX holds now: the next call's `after`. */
  highest: number;
}

export function inboxArrivals(
  credentials: ImapCredentials,
  after: number | null,
  now = Date.now(),
): Promise<InboxArrivals> {
  return withMailbox(credentials, "INBOX", async (locked) => {
    const highest = Number(locked.client.mailbox ? locked.client.mailbox.uidNext : 1) - 1;
    if (highest < 1) return { uids: [], highest: 0 };
    if (after !== null) {
      if (highest <= after) return { uids: [], highest: after };
      // `after+1:*` also matches the last message when none is above `after` (RFC 3501 §6.4.8).
      const uids = await searchUids(locked, { uid: `${after + 1}:*` });
      return { uids: uids.filter((uid) => uid > after), highest };
    }
    const recent = await locked.client.fetchAll(
      `${Math.max(1, highest - lookBack + 1)}:*`,
      { uid: true, internalDate: true },
      { uid: true },
    );
    const uids = recent
      .filter((message) => {
        const at = message.internalDate ? new Date(message.internalDate).getTime() : NaN;
        return now - at < arrivalWindowMs;
      })
      .map((message) => message.uid)
      .sort((a, b) => a - b);
    return { uids, highest };
  });
}
