// What the watcher registry needs to run one live watcher per user across several Tegami
// processes (Redis, when REDIS_URL is set): a lease per user that one process holds and renews,
// and the mailbox the user looks at, shared with whichever process holds the lease. No password
// is ever shared: a process can only take a lease for a user whose browsers it serves itself.

export interface WatcherLeases {
  /** False while leases cannot be had: every process then watches for its own users. */
  readonly up: boolean;
  /** How long a lease lives unless renewed, and how often the holder renews it. */
  readonly ttlMs: number;
  readonly renewMs: number;
  /** Takes the user's lease if nobody holds it: a token that proves it is ours, else null. */
  take(user: string): Promise<string | null>;
  /** Extends the lease if `token` still holds it (compare-and-extend); false when it does not. */
  renew(user: string, token: string): Promise<boolean>;
  /** Gives the lease up if `token` still holds it, so another process may take it at once. */
  release(user: string, token: string): Promise<void>;
  /** Tells the holder, wherever it runs, which mailbox the user looks at now. */
  shareFocus(user: string, mailbox: string): Promise<void>;
  /** The mailbox the user looked at last, for a process that just took the lease. */
  focusOf(user: string): Promise<string | null>;
  /** Called in every process when a user's focus is shared. */
  onFocus(listener: (user: string, mailbox: string) => void): void;
}
