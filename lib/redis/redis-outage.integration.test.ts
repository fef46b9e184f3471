// Integration: a Redis outage (a private redis-server, SIGKILLed and started again). The
// process must go on alone (events inside the process, limits per process), say so in its log,
// raise no unhandled rejection, and go back to sharing by itself when Redis answers again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, ownRedis, testPrefix, waitUntil, type OwnRedis } from "@/e2e/support/test-redis";
import { getSignInThrottle } from "@/lib/auth/sign-in-throttle";
import { publish, subscribe } from "@/lib/realtime/event-hub";
import type { MailEventEnvelope } from "@/lib/realtime/mail-event";
import { createRedisLink } from "@/lib/redis/redis-link";
import { startScaleOut, type ScaleOut } from "@/lib/redis/start-scale-out";

const logged: string[] = [];
const log = {
  warn: (event: string, fields: object) => logged.push(`warn ${event} ${JSON.stringify(fields)}`),
  info: (event: string, fields: object) => logged.push(`info ${event} ${JSON.stringify(fields)}`),
};
let redis: OwnRedis;
let scaleOut: ScaleOut;

beforeAll(async () => {
  redis = await ownRedis();
  scaleOut = startScaleOut(redis.url, { prefix: testPrefix("outage"), log })!;
  await waitUntil(() => scaleOut.link.up, "link up");
});

afterAll(async () => {
  await scaleOut?.stop();
  await redis?.dispose();
});

const user = "outage@example.test";

async function received(envelopes: MailEventEnvelope[], uid: number): Promise<MailEventEnvelope> {
  let hit: MailEventEnvelope | undefined;
  await waitUntil(
    () => !!(hit = envelopes.find((e) => e.event.type === "flags" && e.event.uid === uid)),
    `event for uid ${uid}`,
  );
  return hit!;
}

describe("a Redis outage", () => {
  it("falls back to this process, logs it once, and recovers by itself", async () => {
    const seen: MailEventEnvelope[] = [];
    subscribe(
      user,
      null,
      (e) => seen.push(e),
      () => {},
    );
    const event = (uid: number) => ({ type: "flags" as const, mailbox: "INBOX", uid, flags: [] });
    const throttle = getSignInThrottle();

    publish(user, event(1));
    expect((await received(seen, 1)).id).toMatch(/^r\./);

    await redis.kill();
    await waitUntil(() => !scaleOut.link.up, "the link notices the outage");
    expect(logged.filter((line) => line.startsWith("warn"))).toHaveLength(1);
    expect(logged.at(-1)).toMatch(/^warn redis\.down .*per process until it is back/);
    // Streams open here are told to refetch: another process's events may have been lost.
    await waitUntil(() => seen.some((e) => e.event.type === "resync"), "a resync");

    publish(user, event(2));
    expect((await received(seen, 2)).id).not.toMatch(/^r\./);
    const attempt = await throttle.begin("someone@example.test", "192.0.2.1");
    expect(attempt.allowed).toBe(true);
    if (attempt.allowed) await attempt.finish("failure");

    await redis.start();
    await waitUntil(() => scaleOut.link.up, "the link comes back", 10_000);
    expect(logged.at(-1)).toMatch(/^info redis\.up /);
    publish(user, event(3));
    expect((await received(seen, 3)).id).toMatch(/^r\./);
    const again = await throttle.begin("someone@example.test", "192.0.2.1");
    expect(again.allowed).toBe(true);
  });

  it("is logged once, without the password, when Redis is unreachable from the start", async () => {
    const lines: string[] = [];
    const link = createRedisLink(`redis://:hunter2@127.0.0.1:${await freePort()}`, {
      log: {
        warn: (event: string, fields: object) => lines.push(`${event} ${JSON.stringify(fields)}`),
        info: (event: string, fields: object) => lines.push(`${event} ${JSON.stringify(fields)}`),
      },
      maxReconnectMs: 50,
    });
    try {
      let attempts = 0;
      link.command.on("error", () => (attempts += 1));
      // Several failed attempts later, still one line.
      await waitUntil(() => attempts >= 3, "three failed connection attempts");
      await expect(link.command.ping()).rejects.toThrow();
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^redis\.down \{"redis":"redis:\/\/:\*\*\*@127\.0\.0\.1:\d+"/);
      expect(lines[0]).not.toContain("hunter2");
      expect(link.up).toBe(false);
    } finally {
      await link.close();
    }
  });
});
