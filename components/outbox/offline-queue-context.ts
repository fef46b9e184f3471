import { createContext, use } from "react";
import type { OptimisticWrite } from "@/components/live/live-store";
import type { MailAction } from "@/lib/api/mail-action";
import type { OutboxMessage } from "@/lib/offline/outbox-message";

export interface OfflineQueue {
  account: string;
  /**
   * Keeps an action that could not reach the server for when the connection returns; its
   * optimistic `write` stays shown until then. False when the device cannot keep it.
   */
  keep: (request: MailAction, write: OptimisticWrite) => Promise<boolean>;
  /** The Outbox as this tab last read it. */
  outbox: OutboxMessage[];
}

export const OfflineQueueContext = createContext<OfflineQueue | null>(null);

/** The account's offline queue; null outside the mail screens. */
export function useOfflineQueue(): OfflineQueue | null {
  return use(OfflineQueueContext);
}
