// What the device store keeps and what it lets go: the names and keys of its records and the
// bounds that stop it growing without end. Pure, so the rules are tested without a browser.
import type { ListView } from "@/lib/settings/list-view";

/** Every database Tegami keeps on a device starts so (the mail store, the action queue…). */
export const tegamiDatabasePrefix = "tegami-";

/** The mail stores': the sign-in page deletes all of them, whoever they belong to. */
export const deviceStorePrefix = "tegami-mail-";

/**
 * The database of one account. `accountKey` is the server's keyed MAC of the address
 * (lib/offline/device-store-key.ts): the name shows nobody whose mail is inside.
 */
export function deviceStoreName(accountKey: string): string {
  return `${deviceStorePrefix}${accountKey}`;
}

export function isDeviceStoreName(name: string | undefined): name is string {
  return typeof name === "string" && name.startsWith(deviceStorePrefix);
}

/**
 * The record of list page `page` of `mailbox` in one view (NUL never occurs in a mailbox name):
 * a page of conversations and a page of messages are different rows.
 */
export function pageKey(mailbox: string, page: number, view: ListView): string {
  return `${mailbox}\u0000${page}\u0000${view}`;
}

/** The record of a message; the same key the service worker reads for the body frame. */
export function messageKey(mailbox: string, uid: number): string {
  return `${mailbox}\u0000${uid}`;
}

/**
 * The bounds. A page of 50 envelopes is ~15 KB and a message with its body ~20–100 KB, so the
 * store stays within ~25 MB even at the limits, well inside any browser's quota.
 */
export const deviceStoreBounds = {
  /** The pages last shown of each mailbox: the first pages are the ones read offline. */
  pagesPerMailbox: 3,
  /** Mailboxes whose pages are kept, the ones shown most recently. */
  mailboxes: 20,
  /** Messages kept because the user opened them, least recently opened let go first. */
  openedMessages: 200,
  /** Flagged messages fetched in the background, beyond those opened. */
  flaggedMessages: 100,
  /** A body larger than this is not kept (the headers are): one newsletter must not crowd out 50 letters. */
  bodyBytes: 512 * 1024,
};

export interface StoredPageStamp {
  key: string;
  mailbox: string;
  /** When the page was last shown (ms since the epoch). */
  shownAt: number;
}

/** The pages to delete: beyond the newest few of each mailbox, and every page of mailboxes shown too long ago. */
export function pagesToEvict(
  pages: StoredPageStamp[],
  bounds: { pagesPerMailbox: number; mailboxes: number } = deviceStoreBounds,
): string[] {
  const byMailbox = new Map<string, StoredPageStamp[]>();
  for (const page of [...pages].sort((a, b) => b.shownAt - a.shownAt)) {
    const list = byMailbox.get(page.mailbox) ?? [];
    list.push(page);
    byMailbox.set(page.mailbox, list);
  }
  // Map keeps insertion order: mailboxes come newest-shown first.
  return [...byMailbox.values()].flatMap((list, rank) =>
    (rank < bounds.mailboxes ? list.slice(bounds.pagesPerMailbox) : list).map((p) => p.key),
  );
}

export interface StoredMessageStamp {
  key: string;
  /** When the user last opened it, or null when it was only fetched for being flagged. */
  openedAt: number | null;
  /** When it was stored or last refreshed (ms). */
  savedAt: number;
  flagged: boolean;
}

/**
 * The messages to delete. Opened ones are kept least-recently-opened-last up to their bound;
 * flagged ones never opened have a bound of their own, so a mailbox full of flags cannot push
 * out what the user read. A flagged message that was opened counts as opened.
 */
export function messagesToEvict(
  messages: StoredMessageStamp[],
  bounds: { openedMessages: number; flaggedMessages: number } = deviceStoreBounds,
): string[] {
  const opened = messages
    .filter((m) => m.openedAt !== null)
    .sort((a, b) => (b.openedAt ?? 0) - (a.openedAt ?? 0));
  const flaggedOnly = messages
    .filter((m) => m.openedAt === null)
    .sort((a, b) => b.savedAt - a.savedAt);
  return [
    ...opened.slice(bounds.openedMessages),
    // A message fetched for its flag and unflagged since has no reason to stay.
    ...flaggedOnly.filter((m) => !m.flagged),
    ...flaggedOnly.filter((m) => m.flagged).slice(bounds.flaggedMessages),
  ].map((m) => m.key);
}

/** Flags after a change the user made (kept so, offline, the row shows what was done). */
export function withFlagChange(
  flags: readonly string[],
  change: { add?: readonly string[]; remove?: readonly string[] },
): string[] {
  const removed = new Set(change.remove ?? []);
  const kept = flags.filter((flag) => !removed.has(flag));
  return [...kept, ...(change.add ?? []).filter((flag) => !kept.includes(flag))];
}
