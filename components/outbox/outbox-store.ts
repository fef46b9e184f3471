// The Outbox on this device: messages sent while offline, until they are sent for real.
import { done, withQueueStore } from "@/components/outbox/device-queue-db";
import { announceQueue } from "@/components/outbox/queue-channel";
import type { Draft } from "@/lib/api/compose-contract";
import type { OutboxMessage } from "@/lib/offline/outbox-message";

export function outboxMessages(account: string): Promise<OutboxMessage[]> {
  return withQueueStore(account, "outbox", "readonly", async (store) => {
    const all = await done(store.getAll() as IDBRequest<OutboxMessage[]>);
    return all.sort((a, b) => a.queuedAt - b.queuedAt);
  });
}

/** Puts the draft in the Outbox; the same Message-ID again replaces it (still one message). */
export async function putInOutbox(account: string, draft: Draft): Promise<void> {
  const message: OutboxMessage = {
    messageId: draft.messageId,
    draft,
    queuedAt: Date.now(),
    state: "waiting",
    error: null,
    savedDraft: null,
  };
  await withQueueStore(account, "outbox", "readwrite", (store) => done(store.put(message)));
  announceQueue({ type: "changed" });
}

export async function updateOutboxMessage(account: string, message: OutboxMessage): Promise<void> {
  await withQueueStore(account, "outbox", "readwrite", (store) => done(store.put(message)));
  announceQueue({ type: "changed" });
}

export async function removeFromOutbox(account: string, messageId: string): Promise<void> {
  await withQueueStore(account, "outbox", "readwrite", (store) => done(store.delete(messageId)));
  announceQueue({ type: "changed" });
}
