import "server-only";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import type { MailEvent } from "@/lib/realtime/mail-event";

// What the IMAP watchers see, for a server-side listener (push notifications): only the watcher
// of a user sees the change, exactly once across processes (it holds the user's lease), where
// the event hub fans the same event out to every process.

export interface WatcherTap {
  /** A change the user's watcher saw (never blocks the watcher; errors are the tap's own). */
  event(credentials: ImapCredentials, event: MailEvent): void;
  /** Whether the watcher should keep running with no open event stream, and on which mailbox. */
  keepWatching(user: string): boolean;
}

const globalTap = globalThis as typeof globalThis & { __tegamiWatcherTap?: WatcherTap | null };

export function setWatcherTap(tap: WatcherTap | null): void {
  globalTap.__tegamiWatcherTap = tap;
}

export function watcherTap(): WatcherTap | null {
  return globalTap.__tegamiWatcherTap ?? null;
}
