// Integration: the shared event log in a real Redis (e2e/redis/start.sh), between two
// "processes" (two links, each delivering to its own list), and the hub's replay through it.
import { afterAll, describe, expect, it } from "vitest";
import { connectTestRedis, testPrefix, testRedisUrl, waitUntil } from "@/e2e/support/test-redis";
import { subscribe, setSharedEventLog } from "@/lib/realtime/event-hub";
import type { MailEvent, MailEventEnvelope } from "@/lib/realtime/mail-event";
import { deliver } from "@/lib/realtime/event-hub";
import { publish } from "@/lib/realtime/event-hub";
import { createRedisEventLog } from "@/lib/redis/create-redis-event-log";
import { createRedisLink, type RedisLink } from "@/lib/redis/redis-link";

const prefix = testPrefix("events");
const quiet = { warn: () => {}, info: () => {} };
const links: RedisLink[] = [];
const inspect = connectTestRedis();

async function processLog(options: { maxEvents?: number } = {}) {
  const received: { user: string; envelope: MailEventEnvelope }[] = [];
  const link = createRedisLink(testRedisUrl(), { log: quiet });
  links.push(link);
  const log = createRedisEventLog(link, (user, envelope) => received.push({ user, envelope }), {
    prefix,
    ...options,
  });
  await waitUntil(() => link.up, `Redis at ${testRedisUrl()} (bash e2e/redis/start.sh)`);
  return { log, received };
}

afterAll(async () => {
  setSharedEventLog(null);
  const keys = await inspect.keys(`${prefix}*`);
  if (keys.length) await inspect.del(...keys);
  inspect.disconnect();
  await Promise.all(links.map((link) => link.close()));
});

const flags = (uid: number): MailEvent => ({
  type: "flags",
  mailbox: "受信箱",
  uid,
  flags: ["\\Seen"],
});

describe("the Redis event log", () => {
  it("fans each event out to every process, in order, with stream ids", async () => {
    const [a, b] = [await processLog(), await processLog()];
    const user = "Fan@example.test";
    for (let uid = 1; uid <= 5; uid += 1) await a.log.append(user, flags(uid));
    await waitUntil(() => a.received.length === 5 && b.received.length === 5, "both got 5");
    for (const { received } of [a, b]) {
      expect(received.map((r) => r.user)).toEqual(Array(5).fill("fan@example.test"));
      expect(received.map((r) => r.envelope.event)).toEqual([1, 2, 3, 4, 5].map(flags));
      for (const { envelope } of received) expect(envelope.id).toMatch(/^r\.\d+-\d+$/);
    }
    expect(b.received.map((r) => r.envelope.id)).toEqual(a.received.map((r) => r.envelope.id));
  });

  it("replays what came after an id, and only while that id is still in the log", async () => {
    const { log, received } = await processLog({ maxEvents: 3 });
    const user = "replay@example.test";
    for (let uid = 1; uid <= 3; uid += 1) await log.append(user, flags(uid));
    await waitUntil(() => received.length === 3, "3 delivered");
    const ids = received.map((r) => r.envelope.id.slice(2));
    expect(await log.readSince(user, ids[0]!)).toEqual(received.slice(1).map((r) => r.envelope));
    expect(await log.readSince(user, ids[2]!)).toEqual([]);
    // A fourth event trims the first: a tab that saw only it cannot know what it missed.
    await log.append(user, flags(4));
    expect(await log.readSince(user, ids[0]!)).toBeNull();
    expect((await log.readSince(user, ids[1]!))?.map((e) => e.event)).toEqual([3, 4].map(flags));
    expect(await log.readSince("nobody@example.test", ids[1]!)).toBeNull();
  });

  it("gives the newest id, marking an empty log so that a later replay can start there", async () => {
    const { log } = await processLog();
    const user = `empty-${Date.now()}@example.test`;
    const marker = await log.latestId(user);
    expect(marker).toMatch(/^r\.\d+-\d+$/);
    expect(await log.latestId(user)).toBe(marker);
    expect(await log.readSince(user, marker.slice(2))).toEqual([]);
    await log.append(user, flags(9));
    expect((await log.readSince(user, marker.slice(2)))?.map((e) => e.event)).toEqual([flags(9)]);
    expect(await inspect.pttl(`${prefix}events:${user}`)).toBeGreaterThan(0);
  });
});

describe("the hub on the shared log", () => {
  it("replays a reconnecting stream's gap from Redis, then live events, each once", async () => {
    const link = createRedisLink(testRedisUrl(), { log: quiet });
    links.push(link);
    setSharedEventLog(createRedisEventLog(link, deliver, { prefix }));
    await waitUntil(() => link.up, "link up");
    const user = "hub@example.test";
    const first: MailEventEnvelope[] = [];
    const one = subscribe(
      user,
      null,
      (e) => first.push(e),
      () => {},
    );
    expect(publish(user, flags(1))).toBeNull();
    publish(user, flags(2));
    await waitUntil(() => first.length === 2, "first stream got 2");
    one.unsubscribe();
    publish(user, flags(3));
    publish(user, flags(4));

    const second: MailEventEnvelope[] = [];
    subscribe(
      user,
      first[0]!.id,
      (e) => second.push(e),
      () => {},
    );
    publish(user, flags(5));
    await waitUntil(() => second.some((e) => e.event.type === "flags" && e.event.uid === 5), "5");
    expect(second.map((e) => e.event)).toEqual([2, 3, 4, 5].map(flags));

    const third: MailEventEnvelope[] = [];
    subscribe(
      user,
      "0badc0de-3",
      (e) => third.push(e),
      () => {},
    );
    await waitUntil(() => third.length > 0, "resync");
    expect(third[0]!.event).toEqual({ type: "resync", mailbox: null });
    expect(third[0]!.id).toBe(second.at(-1)!.id);
  });
});
