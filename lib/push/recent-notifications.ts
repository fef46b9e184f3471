// The messages a user was recently notified of, so that reading one elsewhere withdraws its
// notification. Bounded: the newest few per user, for a day (the push TTL); older ones are not
// worth a push. Pure, in memory.

const perUser = 50;
const keepMs = 24 * 3600 * 1000;

export class RecentNotifications {
  private readonly users = new Map<string, Map<string, number>>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Remembers that `user` was notified of `mailbox`/`uid`. */
  add(user: string, mailbox: string, uid: number): void {
    const key = user.toLowerCase();
    const recent = this.users.get(key) ?? new Map<string, number>();
    recent.delete(`${mailbox}/${uid}`);
    recent.set(`${mailbox}/${uid}`, this.now());
    // A Map iterates in insertion order: the first key is the oldest.
    while (recent.size > perUser) recent.delete(recent.keys().next().value as string);
    this.users.set(key, recent);
  }

  /** Forgets it and says whether it was recent (a notification may still be showing). */
  take(user: string, mailbox: string, uid: number): boolean {
    const recent = this.users.get(user.toLowerCase());
    const at = recent?.get(`${mailbox}/${uid}`);
    if (!recent || at === undefined) return false;
    recent.delete(`${mailbox}/${uid}`);
    if (!recent.size) this.users.delete(user.toLowerCase());
    return this.now() - at < keepMs;
  }

  forget(user: string): void {
    this.users.delete(user.toLowerCase());
  }
}
