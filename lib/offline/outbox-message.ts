// A message in the Outbox: the whole draft, kept on the device until it can be sent with the
// Message-ID it was written under (the server's idempotency key). Client-safe.
import type { Draft } from "@/lib/api/compose-contract";

export interface OutboxMessage {
  /** The draft's Message-ID, also the key of the entry: one entry per message, ever. */
  messageId: string;
  draft: Draft;
  queuedAt: number;
  /** waiting: sent once back online. failed: the server refused it; kept until removed. */
  state: "waiting" | "failed";
  error: { code: string; message: string } | null;
  /** Where the refused message was saved as a draft, to edit it there. */
  savedDraft: { mailbox: string; uid: number } | null;
}
