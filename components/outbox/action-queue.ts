// Mail actions taken offline, kept on the device in replay order.
import { done, withQueueStore } from "@/components/outbox/device-queue-db";
import { announceQueue } from "@/components/outbox/queue-channel";
import type { MailAction } from "@/lib/api/mail-action";
import { coalesceActions } from "@/lib/offline/coalesce-actions";
import type { QueuedAction } from "@/lib/offline/queued-action";

export function queuedActions(account: string): Promise<QueuedAction[]> {
  return withQueueStore(account, "actions", "readonly", (store) =>
    done(store.getAll() as IDBRequest<QueuedAction[]>),
  );
}

/** Adds `request` to the queue (folding earlier changes it makes moot) and returns its entry. */
export async function queueAction(account: string, request: MailAction): Promise<QueuedAction> {
  const entry = await withQueueStore(account, "actions", "readwrite", async (store) => {
    const queue = await done(store.getAll() as IDBRequest<QueuedAction[]>);
    const seq = (queue.at(-1)?.seq ?? 0) + 1;
    const next: QueuedAction = { id: crypto.randomUUID(), seq, request, queuedAt: Date.now() };
    const kept = coalesceActions(queue, next);
    const keptSeqs = new Set(kept.map((item) => item.seq));
    for (const item of queue) if (!keptSeqs.has(item.seq)) store.delete(item.seq);
    for (const item of kept) store.put(item);
    return next;
  });
  announceQueue({ type: "changed" });
  return entry;
}

export async function removeQueuedAction(account: string, seq: number): Promise<void> {
  await withQueueStore(account, "actions", "readwrite", (store) => done(store.delete(seq)));
}
