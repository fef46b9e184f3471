import type { MailEvent, MailEventEnvelope } from "@/lib/realtime/mail-event";

// What the event hub needs from a log shared by every Tegami process (Redis Streams + pub/sub
// when REDIS_URL is set): appending fans the event out to every process, including this one,
// which hands it to its streams through the hub's `deliver`. Ids are shared event ids
// (lib/realtime/shared-event-id.ts).

export interface SharedEventLog {
  /** False while the log cannot be reached: the hub then works inside this process. */
  readonly up: boolean;
  /** Appends the event to the user's log and publishes it to every process; rejects when down. */
  append(user: string, event: MailEvent): Promise<void>;
  /**
   * The user's events after `streamId`, oldest first, or null when `streamId` is no longer in
   * the log (trimmed, expired, or never there): then only a resync can tell what was missed.
   */
  readSince(user: string, streamId: string): Promise<MailEventEnvelope[] | null>;
  /** The shared id of the user's newest event: a stream that resyncs is current as of it. */
  latestId(user: string): Promise<string>;
}
