import { useEffect } from "react";
import { useLive } from "@/components/live/live-context";
import { heldWrites } from "@/components/outbox/held-writes";
import { onQueueNews } from "@/components/outbox/queue-channel";
import { outboxLabels } from "@/lib/i18n/outbox-labels";
import { t } from "@/lib/i18n/messages";

/**
 * Follows the queue in this tab, whichever tab replays it: confirms or takes back the
 * optimistic state of the actions it queued, says what happened, and catches up with the
 * server. `reload` reads the Outbox again.
 */
export function useQueueNews(reload: () => void): void {
  const { store, lang, scheduleRefresh } = useLive();
  useEffect(() => {
    const m = outboxLabels(lang);
    return onQueueNews((news) => {
      if (news.type === "changed") return reload();
      if (news.type === "replayed") {
        const write = heldWrites.get(news.id);
        heldWrites.delete(news.id);
        if (write && news.verdict === "done") store.confirm(write);
        else if (write) store.rollBack(write);
        if (news.verdict !== "done")
          store.showToast(news.verdict === "gone" ? m.droppedGone : m.droppedRefused);
        return scheduleRefresh();
      }
      const subject = news.subject || t(lang).noSubject;
      if (news.type === "sent") {
        const { sent, sentExcept } = t(lang).compose;
        const text = news.rejected.length ? sentExcept(news.rejected.join(", ")) : sent;
        store.showToast(`${m.sentFromOutbox(subject)} — ${text}`);
      } else store.showAlert(m.notSent(subject));
      scheduleRefresh();
    });
  }, [store, lang, scheduleRefresh, reload]);
}
