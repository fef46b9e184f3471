// The tab's cache of list pages: what a mailbox's pages held when last fetched, so going back
// to a page, a mailbox or the next page paints at once and is then brought up to date. Kept
// current by the live events (flags patched in place; arrivals and expunges mark a mailbox's
// pages stale, to be refetched when shown). Keyed by account, so a second sign-in in the same
// tab never sees the first user's mail, and by view: a page of conversations and a page of
// messages are different rows, never served for each other.
import type { EnvelopePage } from "@/lib/mail/types";
import type { MailEvent } from "@/lib/realtime/mail-event";
import type { ListView } from "@/lib/settings/list-view";

export interface CachedPage {
  page: EnvelopePage;
  /** The time the page was read from the server (ISO), the list's "now" for dates. */
  fetchedAt: string;
  /** Something in the mailbox changed since: show it, but refetch. */
  stale: boolean;
}

// A page of 50 envelopes is ~15 KB: this bounds the cache to ~1.5 MB per tab.
const maxPages = 100;

const pages = new Map<string, CachedPage>();
/** Every page object ever put: one not among them has just come from the server. */
const seen = new WeakSet<EnvelopePage>();
const listeners = new Set<() => void>();

const key = (account: string, mailbox: string, page: number, view: ListView) =>
  `${account}\u0000${view}\u0000${mailbox}\u0000${page}`;

const viewOf = (page: EnvelopePage): ListView => (page.threads ? "conversations" : "messages");

/** A conversation page also holds messages of Sent: its flags and arrivals concern it too. */
function concerns(page: EnvelopePage, mailbox: string | null): boolean {
  return mailbox === null || page.mailbox === mailbox || page.threads !== undefined;
}

/** `page` with the flags of `uid` in `mailbox` replaced, or null when it shows no such message. */
function withFlags(page: EnvelopePage, mailbox: string, uid: number, flags: string[]) {
  const at = page.mailbox === mailbox ? page.envelopes.findIndex((e) => e.uid === uid) : -1;
  const inThread = (member: { mailbox: string; uid: number }) =>
    member.mailbox === mailbox && member.uid === uid;
  const threaded = page.threads?.some((thread) => thread.members.some(inThread)) ?? false;
  if (at < 0 && !threaded) return null;
  return {
    ...page,
    envelopes: at < 0 ? page.envelopes : page.envelopes.with(at, { ...page.envelopes[at]!, flags }),
    threads: page.threads?.map((thread) => ({
      ...thread,
      members: thread.members.map((member) => (inThread(member) ? { ...member, flags } : member)),
    })),
  };
}

function changed(): void {
  for (const listener of listeners) listener();
}

/** Every cached page of `mailbox` (any account: events are the signed-in account's). */
function* pagesOf(mailbox: string): Generator<[string, CachedPage]> {
  for (const entry of pages) if (entry[1].page.mailbox === mailbox) yield entry;
}

export const envelopeCache = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },

  get(account: string, mailbox: string, page: number, view: ListView): CachedPage | undefined {
    return pages.get(key(account, mailbox, page, view));
  },

  /** The UIDVALIDITY the cached pages of `mailbox` were read under, if any is cached. */
  uidValidityOf(mailbox: string): string | undefined {
    for (const [, entry] of pagesOf(mailbox)) return entry.page.uidValidity;
    return undefined;
  },

  /** Whether `page` was put already (and has maybe been overtaken by a newer fetch since). */
  holds(page: EnvelopePage): boolean {
    return seen.has(page);
  },

  /** `requested` is the page asked for: a page past the end comes back as the last one. */
  put(account: string, requested: number, page: EnvelopePage, fetchedAt: string): void {
    // A new UIDVALIDITY (RFC 3501 §2.3.1.1) means every UID known of the mailbox is void.
    for (const [k, entry] of pagesOf(page.mailbox))
      if (entry.page.uidValidity !== page.uidValidity) pages.delete(k);
    const k = key(account, page.mailbox, requested, viewOf(page));
    seen.add(page);
    pages.delete(k);
    pages.set(k, { page, fetchedAt, stale: false });
    for (const oldest of pages.keys()) {
      if (pages.size <= maxPages) break;
      pages.delete(oldest);
    }
    changed();
  },

  applyEvent(event: MailEvent): void {
    if (event.type === "flags") {
      for (const [k, entry] of pages) {
        const page = withFlags(entry.page, event.mailbox, event.uid, event.flags);
        if (page) pages.set(k, { ...entry, page });
      }
    } else if (event.type === "added" || event.type === "expunged" || event.type === "resync") {
      for (const [k, entry] of pages)
        if (concerns(entry.page, event.mailbox)) pages.set(k, { ...entry, stale: true });
    } else {
      return;
    }
    changed();
  },

  /** After a gap in the live stream: anything may have changed. */
  markAllStale(): void {
    for (const [k, entry] of pages) pages.set(k, { ...entry, stale: true });
    changed();
  },

  clear(): void {
    pages.clear();
    changed();
  },
};
