import "server-only";
import { randomUUID } from "node:crypto";
import type { MailEvent, MailEventEnvelope } from "@/lib/realtime/mail-event";
import { onShutdown } from "@/server/lifecycle.mjs";

// The per-user fan-out of live events inside this process: the IMAP watcher and the action
// routes publish, every open event stream of the user subscribes. A short ring buffer lets a
// stream that reconnects with Last-Event-ID get what it missed.

const bufferSize = 500;

interface UserChannel {
  seq: number;
  buffer: MailEventEnvelope[];
  listeners: Set<(envelope: MailEventEnvelope) => void>;
  closers: Set<StreamCloser>;
}

/** Ends one stream; `retryMs` tells the browser when to reconnect (SSE `retry:`), if it should. */
export type StreamCloser = (retryMs?: number) => void;

interface HubState {
  /** Event ids carry the process, so an id from another process (or before a restart) means "resync". */
  processId: string;
  channels: Map<string, UserChannel>;
  /** Set at shutdown: a stream opened now ends at once with this reconnect delay. */
  closedRetryMs: number | null;
}

const globalHub = globalThis as typeof globalThis & { __tegamiEventHub?: HubState };
const hub: HubState = (globalHub.__tegamiEventHub ??= {
  processId: randomUUID().slice(0, 8),
  channels: new Map(),
  closedRetryMs: null,
});

function channelOf(user: string): UserChannel {
  const key = user.toLowerCase();
  let channel = hub.channels.get(key);
  if (!channel) {
    channel = { seq: 0, buffer: [], listeners: new Set(), closers: new Set() };
    hub.channels.set(key, channel);
  }
  return channel;
}

/** Sends an event to every open stream of the user in this process. */
export function publish(user: string, event: MailEvent): MailEventEnvelope {
  const channel = channelOf(user);
  channel.seq += 1;
  const envelope = { id: `${hub.processId}-${channel.seq}`, event };
  channel.buffer.push(envelope);
  if (channel.buffer.length > bufferSize) channel.buffer.shift();
  for (const listener of channel.listeners) listener(envelope);
  return envelope;
}

/** What a stream resuming after `lastEventId` missed, or null when only a resync can tell. */
function missedSince(channel: UserChannel, lastEventId: string): MailEventEnvelope[] | null {
  const [processId, seqText] = lastEventId.split("-");
  const seq = Number(seqText);
  if (processId !== hub.processId || !Number.isInteger(seq) || seq > channel.seq) return null;
  const oldest = channel.buffer[0];
  if (seq < channel.seq && (!oldest || Number(oldest.id.split("-")[1]) > seq + 1)) return null;
  return channel.buffer.filter((e) => Number(e.id.split("-")[1]) > seq);
}

export interface Subscription {
  /** Events to replay first; null when the gap is unknown and the client must resync. */
  missed: MailEventEnvelope[] | null;
  /** The id of the newest event when subscribing: a stream that resyncs is current as of it. */
  latestId: string;
  unsubscribe: () => void;
}

export function subscribe(
  user: string,
  lastEventId: string | null,
  listener: (envelope: MailEventEnvelope) => void,
  onClose: StreamCloser,
): Subscription {
  const retryMs = hub.closedRetryMs;
  if (retryMs !== null) queueMicrotask(() => onClose(retryMs));
  const channel = channelOf(user);
  channel.listeners.add(listener);
  channel.closers.add(onClose);
  return {
    missed: lastEventId ? missedSince(channel, lastEventId) : [],
    latestId: `${hub.processId}-${channel.seq}`,
    unsubscribe: () => {
      channel.listeners.delete(listener);
      channel.closers.delete(onClose);
    },
  };
}

/** Number of open streams of the user in this process (the watcher stops when it is 0). */
export function subscriberCount(user: string): number {
  return hub.channels.get(user.toLowerCase())?.listeners.size ?? 0;
}

/**
 * Shutdown: ends every open stream, each with a reconnect delay spread over 1-3 s so the browsers
 * do not all come back to the next process at the same instant.
 */
export function closeAllStreams(random = Math.random): void {
  hub.closedRetryMs = 2_000;
  for (const channel of hub.channels.values()) {
    for (const close of [...channel.closers]) close(1_000 + Math.round(random() * 2_000));
  }
  hub.channels.clear();
}

onShutdown("streams", "event-hub", closeAllStreams);

/** Ends every open stream of the user (sign-out). */
export function closeUserStreams(user: string): void {
  const channel = hub.channels.get(user.toLowerCase());
  if (!channel) return;
  for (const close of [...channel.closers]) close();
  hub.channels.delete(user.toLowerCase());
}
