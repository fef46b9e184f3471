// An action queued offline (components/outbox) shows in the offline views after a reload too:
// the queue's optimistic writes live only as long as the page, and offline every click on a
// message loads the page anew (the offline page, from the service worker).
import { loadDeviceStore } from "@/components/offline/load-device-store";
import type { MailAction } from "@/lib/api/mail-action";

/** Marks read/unread and flag changes on the saved rows and messages; other actions wait for the server. */
export function saveQueuedAction(request: MailAction): void {
  const { action, target } = request;
  if ((action.type !== "seen" && action.type !== "flagged") || !("uids" in target)) return;
  const flag = action.type === "seen" ? "\\Seen" : "\\Flagged";
  const change = action.value ? { add: [flag] } : { remove: [flag] };
  if ("indexedDB" in window)
    void loadDeviceStore().then((store) => store.updateFlags(request.mailbox, target.uids, change));
}
