import { afterEach, describe, expect, it } from "vitest";
import {
  closeUserStreams,
  deliver,
  publish,
  resyncStreamsHere,
  setSharedEventLog,
  subscribe,
} from "@/lib/realtime/event-hub";
import type { MailEvent, MailEventEnvelope } from "@/lib/realtime/mail-event";
import { sharedEventId } from "@/lib/realtime/shared-event-id";
import type { SharedEventLog } from "@/lib/realtime/shared-event-log";

const user = "hub-test@example.test";
const flags = (uid: number): MailEvent => ({ type: "flags", mailbox: "INBOX", uid, flags: [] });

/**
 * A shared log in memory, standing in for Redis: ids "<n>-0", and the pub/sub delivery of each
 * append held back until `flush()`, as a channel may lag behind a replay read.
 */
function memoryLog(keep = 100) {
  const entries: MailEventEnvelope[] = [];
  let pending: MailEventEnvelope[] = [];
  let n = 1000;
  const log = {
    up: true as boolean,
    failAppends: false,
    append(to: string, event: MailEvent) {
      if (log.failAppends) return Promise.reject(new Error("Connection is closed."));
      n += 1;
      const envelope = { id: sharedEventId(`${n}-0`), event };
      entries.push(envelope);
      if (entries.length > keep) entries.shift();
      pending.push(envelope);
      return Promise.resolve();
    },
    readSince(_: string, streamId: string) {
      const at = entries.findIndex((e) => e.id === sharedEventId(streamId));
      return Promise.resolve(at < 0 ? null : entries.slice(at + 1));
    },
    latestId: () => Promise.resolve(entries.at(-1)?.id ?? sharedEventId("0-0")),
    flush() {
      const sending = pending;
      pending = [];
      for (const envelope of sending) deliver(user, envelope);
    },
  } satisfies SharedEventLog & Record<string, unknown>;
  return log;
}

function record(lastEventId: string | null = null) {
  const seen: MailEventEnvelope[] = [];
  const subscription = subscribe(
    user,
    lastEventId,
    (e) => seen.push(e),
    () => {},
  );
  return { seen, ...subscription };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const uids = (seen: MailEventEnvelope[]) =>
  seen.map((e) => (e.event.type === "flags" ? e.event.uid : e.event.type));

afterEach(() => {
  closeUserStreams(user);
  setSharedEventLog(null);
});

describe("the event hub with a shared log", () => {
  it("publishes through the log and hands its deliveries to the streams here", async () => {
    const log = memoryLog();
    setSharedEventLog(log);
    const { seen } = record();
    expect(publish(user, flags(1))).toBeNull();
    await settle();
    expect(seen).toEqual([]);
    log.flush();
    expect(seen).toEqual([{ id: "r.1001-0", event: flags(1) }]);
  });

  it("replays a gap from the log, then live events, each exactly once", async () => {
    const log = memoryLog();
    setSharedEventLog(log);
    for (const uid of [1, 2, 3]) publish(user, flags(uid));
    log.flush();
    // 4 is in the log when the replay is read, but its delivery comes after the replay.
    publish(user, flags(4));
    const { seen } = record("r.1001-0");
    await settle();
    publish(user, flags(5));
    log.flush();
    expect(uids(seen)).toEqual([2, 3, 4, 5]);
  });

  it("resyncs, as of the newest event, when the id is gone from the log or not a shared one", async () => {
    const log = memoryLog(2);
    setSharedEventLog(log);
    for (const uid of [1, 2, 3]) publish(user, flags(uid));
    log.flush();
    for (const lastEventId of ["r.1001-0", "a1b2c3d4-7"]) {
      const { seen } = record(lastEventId);
      await settle();
      expect(seen).toEqual([{ id: "r.1003-0", event: { type: "resync", mailbox: null } }]);
    }
  });

  it("publishes here when the log is down or an append fails", async () => {
    const log = memoryLog();
    setSharedEventLog(log);
    const { seen } = record();
    log.failAppends = true;
    expect(publish(user, flags(1))).toBeNull();
    await settle();
    log.up = false;
    expect(publish(user, flags(2))?.id).toMatch(/^[0-9a-f]{8}-\d+$/);
    expect(uids(seen)).toEqual([1, 2]);
    expect(seen.every((e) => !e.id.startsWith("r."))).toBe(true);
  });

  it("tells every open stream here to resync", () => {
    const one = record();
    const two = record();
    resyncStreamsHere();
    for (const { seen } of [one, two]) expect(uids(seen)).toEqual(["resync"]);
  });
});
