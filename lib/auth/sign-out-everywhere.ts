import "server-only";
import { signOut } from "@/lib/auth/auth";
import { getMailSession } from "@/lib/auth/get-mail-session";
import { closeImapSessions } from "@/lib/imap/session-pool";
import { removeUserPush } from "@/lib/push/subscribe-push";
import { closeUserStreams } from "@/lib/realtime/event-hub";
import { stopWatcher } from "@/lib/realtime/mailbox-watcher";

/**
 * Logs the user's IMAP connections out, ends their live streams, forgets their push
 * subscriptions (no notifications for a signed-out account) and clears the session cookie.
 */
export async function signOutEverywhere(): Promise<void> {
  const session = await getMailSession();
  if (session) {
    closeUserStreams(session.email);
    await Promise.all([
      stopWatcher(session.email),
      closeImapSessions(session.email),
      removeUserPush(session.email).catch(() => {}),
    ]);
  }
  await signOut({ redirect: false });
}
