import "server-only";
import { pushNotifier } from "@/lib/push/push-notifier";
import { setWatcherTap } from "@/lib/realtime/watcher-event-tap";

/** From now on the IMAP watchers' changes reach the push notifier (once per process). */
export function startPushNotifications(): void {
  setWatcherTap(pushNotifier);
}
