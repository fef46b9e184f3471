import "server-only";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { fetchEnvelopes } from "@/lib/imap/fetch-envelopes";
import { withMailbox } from "@/lib/imap/with-mailbox";
import type { MailEvent } from "@/lib/realtime/mail-event";
import { isInbox } from "@/lib/realtime/select-watched-mailbox";
import type { WatcherTap } from "@/lib/realtime/watcher-event-tap";
import { newMailPayload, type PushPayload } from "@/lib/push/push-payload";
import { pushStore } from "@/lib/push/push-store";
import { RecentNotifications } from "@/lib/push/recent-notifications";
import { sendWebPush } from "@/lib/push/send-web-push";
import { writeLog } from "@/server/log-line.mjs";

// Turns what a user's IMAP watcher sees into push messages: new unread mail in INBOX becomes a
// notification on each of the user's subscribed browsers, and \Seen on a message notified
// recently withdraws it.

/** A burst of new mail notifies of its newest few messages, not of a thousand. */
const maxPerBurst = 5;

interface NotifierState {
  recent: RecentNotifications;
  /** Whether each user has subscriptions, as last read from the store (keepWatching is sync). */
  subscribed: Map<string, boolean>;
}

// globalThis: the routes (subscribe) and the watchers (instrumentation) may be bundled apart.
const globalNotifier = globalThis as typeof globalThis & { __tegamiPushNotifier?: NotifierState };
const { recent, subscribed } = (globalNotifier.__tegamiPushNotifier ??= {
  recent: new RecentNotifications(),
  subscribed: new Map(),
});

/** Re-reads whether `user` has push subscriptions (after a change, or when first asked). */
export async function refreshSubscribed(user: string): Promise<boolean> {
  const has = (await pushStore().list(user)).length > 0;
  subscribed.set(user.toLowerCase(), has);
  if (!has) recent.forget(user);
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

async function notifyAdded(
  credentials: ImapCredentials,
  mailbox: string,
  uids: number[],
): Promise<void> {
  if (!(await refreshSubscribed(credentials.user))) return;
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

async function notifyRead(user: string, mailbox: string, uid: number): Promise<void> {
  if (recent.take(user, mailbox, uid)) await sendToAll(user, { kind: "read", mailbox, uid });
}

function failed(error: unknown): void {
  writeLog("warn", "push.error", { error: error instanceof Error ? error.name : "unknown" });
}

export const pushNotifier: WatcherTap = {
  event(credentials: ImapCredentials, event: MailEvent): void {
    if (event.type === "added" && isInbox(event.mailbox)) {
      notifyAdded(credentials, event.mailbox, event.uids).catch(failed);
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
