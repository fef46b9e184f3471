"use client";

import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { queueAction, queuedActions } from "@/components/outbox/action-queue";
import { OfflineQueueContext } from "@/components/outbox/offline-queue-context";
import { outboxMessages } from "@/components/outbox/outbox-store";
import { replayQueues } from "@/components/outbox/replay-queues";
import { heldWrites } from "@/components/outbox/held-writes";
import { useQueueNews } from "@/components/outbox/use-queue-news";
import { useLive } from "@/components/live/live-context";
import type { OptimisticWrite } from "@/components/live/live-store";
import { envelopeCache } from "@/components/message-list/envelope-cache";
import { saveQueuedAction } from "@/components/offline/save-queued-action";
import type { MailAction } from "@/lib/api/mail-action";
import type { OutboxMessage } from "@/lib/offline/outbox-message";

// After a run stopped on "no answer" while the browser says it is online, try again later.
const retryMs = 30_000;

/**
 * The account's offline queue for the mail screens: actions that could not reach the server
 * are kept, and everything kept is replayed on start and whenever the connection returns.
 */
export function OfflineQueueProvider({
  account,
  children,
}: {
  account: string;
  children: ReactNode;
}) {
  const { store } = useLive();
  const [outbox, setOutbox] = useState<OutboxMessage[]>([]);
  const reload = useCallback(() => {
    outboxMessages(account).then(setOutbox, () => setOutbox([]));
  }, [account]);
  useQueueNews(reload);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const replay = () => {
      clearTimeout(timer);
      if (!navigator.onLine) return;
      replayQueues(account).then(
        async (end) => {
          const left =
            (await queuedActions(account)).length + (await outboxMessages(account)).length;
          if (end === "wait" && left > 0) timer = setTimeout(replay, retryMs);
        },
        () => {},
      );
    };
    reload();
    replay();
    window.addEventListener("online", replay);
    return () => {
      clearTimeout(timer);
      window.removeEventListener("online", replay);
    };
  }, [account, reload]);

  const keep = useCallback(
    async (request: MailAction, write: OptimisticWrite) => {
      try {
        // Kept with the UIDVALIDITY they were read under: a recreated mailbox refuses them.
        const uidValidity = envelopeCache.uidValidityOf(request.mailbox);
        const entry = await queueAction(
          account,
          uidValidity ? { ...request, uidValidity } : request,
        );
        heldWrites.set(entry.id, write);
        // Shown over the server's events until replayed (confirmed or rolled back by the news).
        store.hold(write);
        saveQueuedAction(request);
        // The connection may be back already (a blip): then nothing waits for an "online" event.
        if (navigator.onLine) void replayQueues(account);
        return true;
      } catch {
        return false;
      }
    },
    [account, store],
  );

  const value = useMemo(() => ({ account, keep, outbox }), [account, keep, outbox]);
  return <OfflineQueueContext value={value}>{children}</OfflineQueueContext>;
}
