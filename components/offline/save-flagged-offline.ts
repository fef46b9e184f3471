// Flagged messages are the ones a user means to come back to: they are kept on the device even
// when never opened here, fetched a few at a time while the browser is idle.
import { loadDeviceStore } from "@/components/offline/load-device-store";
import { saveMessageOffline } from "@/components/offline/save-message-offline";
import { isOnline } from "@/components/offline/use-connectivity";
import { getJson } from "@/lib/api/get-json";
import { messageJsonHref } from "@/lib/mail/mail-urls";
import type { MessageView } from "@/lib/mail/types";

/** Few per round: a round runs on every mail page load, and each fetch opens an IMAP read. */
const perRound = 5;

/** Fetches and keeps flagged messages seen on the saved list pages but not saved yet. */
export async function saveFlaggedOffline(): Promise<void> {
  const store = await loadDeviceStore();
  for (const { mailbox, uid } of await store.flaggedToFetch(perRound)) {
    if (!isOnline()) return;
    const answer = await getJson<MessageView>(messageJsonHref(mailbox, uid));
    if (answer.ok) await saveMessageOffline(answer.value, "flagged");
  }
}
