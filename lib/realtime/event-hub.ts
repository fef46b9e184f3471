import "server-only";
import { randomUUID } from "node:crypto";
import type { MailEvent, MailEventEnvelope } from "@/lib/realtime/mail-event";
import type { SharedEventLog } from "@/lib/realtime/shared-event-log";
import { streamIdAfter, streamIdOf } from "@/lib/realtime/shared-event-id";
import { onShutdown } from "@/server/lifecycle.mjs";

// The per-user fan-out of live events: the IMAP watcher and the action routes publish, every
// open event stream of the user subscribes. Inside one process a short ring buffer lets a
// stream that reconnects with Last-Event-ID get what it missed. With a shared log (Redis, when
// REDIS_URL is set) events go through it to every process, and the replay comes from it; while
// it is down, the hub falls back to this process alone.

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
  shared: SharedEventLog | null;
  /** Set at shutdown: a stream opened now ends at once with this reconnect delay. */
  closedRetryMs: number | null;
}

const globalHub = globalThis as typeof globalThis & { __tegamiEventHub?: HubState };
const hub: HubState = (globalHub.__tegamiEventHub ??= {
  processId: randomUUID().slice(0, 8),
  channels: new Map(),
  shared: null,
  closedRetryMs: null,
});
hub.shared ??= null;
hub.closedRetryMs ??= null;

function channelOf(user: string): UserChannel {
  const key = user.toLowerCase();
  let channel = hub.channels.get(key);
  if (!channel) {
    channel = { seq: 0, buffer: [], listeners: new Set(), closers: new Set() };
    hub.channels.set(key, channel);
  }
  return channel;
}

/** From now on, publish through `log` and replay from it (null: this process alone). */
export function setSharedEventLog(log: SharedEventLog | null): void {
  hub.shared = log;
}

/** Sends an event to this process's open streams of the user only, with a local id. */
function publishHere(user: string, event: MailEvent): MailEventEnvelope {
  const channel = channelOf(user);
  channel.seq += 1;
  const envelope = { id: `${hub.processId}-${channel.seq}`, event };
  channel.buffer.push(envelope);
  if (channel.buffer.length > bufferSize) channel.buffer.shift();
  for (const listener of channel.listeners) listener(envelope);
  return envelope;
}

/**
 * Sends an event to every open stream of the user: through the shared log when there is one
 * (the envelope then reaches this process through `deliver`, and null is returned), else here.
 */
export function publish(user: string, event: MailEvent): MailEventEnvelope | null {
  const shared = hub.shared;
  if (!shared?.up) return publishHere(user, event);
  shared.append(user, event).catch(() => publishHere(user, event));
  return null;
}

/** An event of the shared log, arriving from any process (this one included). */
export function deliver(user: string, envelope: MailEventEnvelope): void {
  const channel = hub.channels.get(user.toLowerCase());
  for (const listener of channel?.listeners ?? []) listener(envelope);
}

/**
 * Tells every open stream in this process to refetch: events may have been lost while the
 * shared log went down or came back (those of other processes, or of the local fallback).
 */
export function resyncStreamsHere(): void {
  for (const [user, channel] of hub.channels) {
    if (channel.listeners.size) publishHere(user, { type: "resync", mailbox: null });
  }
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

function resyncEnvelope(id: string): MailEventEnvelope {
  return { id, event: { type: "resync", mailbox: null } };
}

/** The replay from the shared log: what was missed, or a resync as of its newest event. */
async function sharedReplay(
  shared: SharedEventLog,
  user: string,
  lastEventId: string,
): Promise<MailEventEnvelope[]> {
  const streamId = streamIdOf(lastEventId);
  const missed = streamId ? await shared.readSince(user, streamId) : null;
  return missed ?? [resyncEnvelope(await shared.latestId(user))];
}

export interface Subscription {
  unsubscribe: () => void;
}

/**
 * Subscribes `listener` to the user's events. A stream resuming after `lastEventId` first gets
 * what it missed, or a resync when the gap is unknown (another process without a shared log, a
 * restart, too long ago); live events that arrive meanwhile follow, each exactly once.
 */
export function subscribe(
  user: string,
  lastEventId: string | null,
  listener: (envelope: MailEventEnvelope) => void,
  onClose: StreamCloser,
): Subscription {
  const retryMs = hub.closedRetryMs;
  if (retryMs !== null) queueMicrotask(() => onClose(retryMs));
  const channel = channelOf(user);
  const shared = hub.shared;
  // Shared events reach a stream once each, in stream order: the replay and the channel
  // overlap for the events published while the replay was read.
  let lastShared: string | null = null;
  const show = (envelope: MailEventEnvelope) => {
    const id = streamIdOf(envelope.id);
    if (id && lastShared && !streamIdAfter(id, lastShared)) return;
    if (id) lastShared = id;
    listener(envelope);
  };
  let held: MailEventEnvelope[] | null = null;
  const receive = (envelope: MailEventEnvelope) => (held ? held.push(envelope) : show(envelope));
  channel.listeners.add(receive);
  channel.closers.add(onClose);
  const unsubscribe = () => {
    channel.listeners.delete(receive);
    channel.closers.delete(onClose);
  };

  if (lastEventId && shared?.up) {
    held = [];
    void sharedReplay(shared, user, lastEventId)
      // The shared log failed just now: a resync is always safe.
      .catch(() => [resyncEnvelope(`${hub.processId}-${channel.seq}`)])
      .then((replay) => {
        const waiting = held ?? [];
        held = null;
        if (!channel.listeners.has(receive)) return;
        for (const envelope of [...replay, ...waiting]) show(envelope);
      });
  } else if (lastEventId) {
    const missed = missedSince(channel, lastEventId) ?? [
      resyncEnvelope(`${hub.processId}-${channel.seq}`),
    ];
    for (const envelope of missed) listener(envelope);
  }
  return { unsubscribe };
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
