import "server-only";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { fetchEnvelopes } from "@/lib/imap/fetch-envelopes";
import { withMailbox } from "@/lib/imap/with-mailbox";
import type { MailEvent } from "@/lib/realtime/mail-event";
import { isInbox } from "@/lib/realtime/select-watched-mailbox";
import type { WatcherTap } from "@/lib/realtime/watcher-event-tap";
import { inboxArrivals } from "@/lib/push/inbox-arrivals";
import { newMailPayload, type PushPayload } from "@/lib/push/push-payload";
import { pushStore } from "@/lib/push/push-store";
import { RecentNotifications } from "@/lib/push/recent-notifications";
import { sendWebPush } from "@/lib/push/send-web-push";
import { writeLog } from "@/server/log-line.mjs";

// Turns what a user's IMAP watcher sees into push messages: new unread mail in INBOX becomes a
// notification on each of the user's subscribed browsers, and \Seen on a message notified
// recently withdraws it. New mail is seen two ways: as `added` UIDs while the watcher IDLEs on
// INBOX, or as a change of INBOX's counts while it IDLEs on the mailbox a browser shows. A
// per-user high-water mark (the highest INBOX UID handled) keeps the two from notifying twice;
// each user's events are handled one at a time for the same reason.

/** A burst of new mail notifies of its newest few messages, not of a thousand. */
const maxPerBurst = 5;

interface NotifierState {
  recent: RecentNotifications;
  /** Whether each user has subscriptions, as last read from the store (keepWatching is sync). */
  subscribed: Map<string, boolean>;
  /** Per user: the highest INBOX UID already handled. */
  highWater: Map<string, number>;
  /** Per user: the event being handled, so the next waits for it. */
  queue: Map<string, Promise<void>>;
}

// globalThis: the routes (subscribe) and the watchers (instrumentation) may be bundled apart.
const globalNotifier = globalThis as typeof globalThis & { __tegamiPushNotifier?: NotifierState };
const { recent, subscribed, highWater, queue } = (globalNotifier.__tegamiPushNotifier ??= {
  recent: new RecentNotifications(),
  subscribed: new Map(),
  highWater: new Map(),
  queue: new Map(),
});

/** Re-reads whether `user` has push subscriptions (after a change, or when first asked). */
export async function refreshSubscribed(user: string): Promise<boolean> {
  const has = (await pushStore().list(user)).length > 0;
  subscribed.set(user.toLowerCase(), has);
  if (!has) {
    recent.forget(user);
    highWater.delete(user.toLowerCase());
  }
  return has;
}

async function sendToAll(user: string, payload: PushPayload): Promise<void> {
  const store = pushStore();
  const subscriptions = await store.list(user);
  const outcomes = await Promise.all(subscriptions.map((s) => sendWebPush(s, payload)));
  const gone = subscriptions.filter((_, i) => outcomes[i] === "gone");
  for (const subscription of gone) await store.remove(user, subscription.endpoint);
  if (gone.length) await refreshSubscribed(user);
  const failed = outcomes.filter((outcome) => outcome === "failed").length;
  // No address, endpoint or content: which user is not the operator's business here either.
  if (failed) writeLog("warn", "push.undelivered", { kind: payload.kind, failed });
  if (gone.length) writeLog("info", "push.expired", { removed: gone.length });
}

async function notifyNew(
  credentials: ImapCredentials,
  mailbox: string,
  uids: number[],
): Promise<void> {
  const newest = uids.slice(-maxPerBurst);
  const envelopes = await withMailbox(credentials, mailbox, (locked) =>
    fetchEnvelopes(locked, newest),
  );
  // Unread only: a message the user moved back to INBOX, or read at once elsewhere, is no news.
  for (const envelope of envelopes.filter((e) => !e.flags.includes("\\Seen"))) {
    recent.add(credentials.user, mailbox, envelope.uid);
    await sendToAll(
      credentials.user,
      newMailPayload(envelope.from[0], envelope.subject, mailbox, envelope.uid),
    );
  }
}

/** The watcher IDLEs on INBOX and saw these UIDs arrive. */
async function onAdded(credentials: ImapCredentials, mailbox: string, uids: number[]) {
  const user = credentials.user.toLowerCase();
  const handled = highWater.get(user);
  const fresh = handled === undefined ? uids : uids.filter((uid) => uid > handled);
  if (fresh.length) highWater.set(user, Math.max(handled ?? 0, ...fresh));
  if (fresh.length && (await refreshSubscribed(credentials.user)))
    await notifyNew(credentials, mailbox, fresh);
}

/** INBOX's counts changed: while the watcher IDLEs elsewhere, the only sign of new mail there. */
async function onInboxCounts(credentials: ImapCredentials) {
  if (!(await refreshSubscribed(credentials.user))) return;
  const user = credentials.user.toLowerCase();
  const { uids, highest } = await inboxArrivals(credentials, highWater.get(user) ?? null);
  // `highest` may fall below the mark: INBOX was recreated (a new UIDVALIDITY) and counts anew.
  highWater.set(user, highest);
  if (uids.length) await notifyNew(credentials, "INBOX", uids);
}

/** Runs `task` after the user's earlier ones. */
function serially(user: string, task: () => Promise<void>): void {
  const key = user.toLowerCase();
  const next = (queue.get(key) ?? Promise.resolve()).then(task).catch(failed);
  queue.set(key, next);
  void next.then(() => {
    if (queue.get(key) === next) queue.delete(key);
  });
}

async function notifyRead(user: string, mailbox: string, uid: number): Promise<void> {
  if (recent.take(user, mailbox, uid)) await sendToAll(user, { kind: "read", mailbox, uid });
}

function failed(error: unknown): void {
  writeLog("warn", "push.error", { error: error instanceof Error ? error.name : "unknown" });
}

export const pushNotifier: WatcherTap = {
  event(credentials: ImapCredentials, event: MailEvent): void {
    if (event.type === "added" && isInbox(event.mailbox)) {
      serially(credentials.user, () => onAdded(credentials, event.mailbox, event.uids));
    } else if (event.type === "counts" && isInbox(event.mailbox)) {
      serially(credentials.user, () => onInboxCounts(credentials));
    } else if (event.type === "flags" && event.flags.includes("\\Seen")) {
      notifyRead(credentials.user, event.mailbox, event.uid).catch(failed);
    }
  },
  keepWatching(user: string): boolean {
    const known = subscribed.get(user.toLowerCase());
    if (known === undefined) refreshSubscribed(user).catch(failed);
    return known ?? false;
  },
};
