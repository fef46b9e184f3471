// A mail action taken while offline, kept on the device until it can be posted. Client-safe.
import type { MailAction } from "@/lib/api/mail-action";

export interface QueuedAction {
  /** Random, unique on this device: how the tab that queued it finds its optimistic write. */
  id: string;
  /** Replay order: higher runs later. */
  seq: number;
  request: MailAction;
  queuedAt: number;
}
