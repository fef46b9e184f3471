// Integration: one watcher per user across processes, against the real Dovecot and a private
// Redis. This process runs the app's watcher registry; "another process" is a second lease
// client with its own owner name. grace belongs to the scale-out tests.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { textMessage } from "@/e2e/support/mail-fixtures";
import {
  appendMessage,
  setFlags,
  testStack,
  useTestStackEnv,
  withImap,
} from "@/e2e/support/test-imap";
import { ownRedis, testPrefix, waitUntil, type OwnRedis } from "@/e2e/support/test-redis";
import { subscribe } from "@/lib/realtime/event-hub";
import type { MailEvent } from "@/lib/realtime/mail-event";
import {
  configureWatchers,
  focusMailbox,
  startWatcher,
  stopWatcher,
  watcherStats,
} from "@/lib/realtime/mailbox-watcher";
import { createRedisWatcherLeases } from "@/lib/redis/create-redis-watcher-leases";
import { createRedisLink, type RedisLink } from "@/lib/redis/redis-link";
import { startScaleOut, type ScaleOut } from "@/lib/redis/start-scale-out";

const stack = testStack();
const grace = { user: "grace@example.test", pass: stack.password("grace@example.test") };
const prefix = testPrefix("takeover");
const quiet = { warn: () => {}, info: () => {} };
const ttlMs = 1_000;
let redis: OwnRedis;
let scaleOut: ScaleOut;
let otherLink: RedisLink;
let uid = 0;

beforeAll(async () => {
  useTestStackEnv(stack);
  configureWatchers({ idleStopMs: 60_000, maxWatchers: 500 });
  redis = await ownRedis();
  scaleOut = startScaleOut(redis.url, {
    prefix,
    leaseTtlMs: ttlMs,
    leaseRenewMs: 200,
    log: quiet,
  })!;
  otherLink = createRedisLink(redis.url, { log: quiet });
  await waitUntil(() => scaleOut.link.up && otherLink.up, "links up");
  uid = await appendMessage(grace.user, "INBOX", textMessage({ subject: "Takeover", text: "x" }));
});

afterAll(async () => {
  await stopWatcher(grace.user);
  await withImap(grace.user, async (client) => {
    const lock = await client.getMailboxLock("INBOX");
    try {
      await client.messageDelete(String(uid), { uid: true });
    } finally {
      lock.release();
    }
  });
  await otherLink?.close();
  await scaleOut?.stop();
  await redis?.dispose();
});

describe("one watcher per user across processes", () => {
  it("stands by while another process holds the lease, and takes over when it stops", async () => {
    const other = createRedisWatcherLeases(otherLink, { owner: "other", prefix, ttlMs });
    const theirs = await other.take(grace.user);
    expect(theirs).not.toBeNull();
    const events: MailEvent[] = [];
    subscribe(
      grace.user,
      null,
      (e) => events.push(e.event),
      () => {},
    );

    expect(await startWatcher(grace)).toBe("elsewhere");
    expect(watcherStats(grace.user)).toBeNull();
    // The other process keeps renewing: nothing moves.
    for (let i = 0; i < 6; i += 1) {
      expect(await other.renew(grace.user, theirs!)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(watcherStats(grace.user)).toBeNull();
    }

    // The other process dies (stops renewing): within the TTL and a renewal this one is live.
    const died = Date.now();
    const holder = () => otherLink.command.get(`${prefix}watcher:${grace.user}`);
    const ours = new RegExp(`^${scaleOut.owner}#`);
    await waitUntil(async () => ours.test((await holder()) ?? ""), "the lease moves", 5_000);
    const tookMs = Date.now() - died;
    console.log(
      `lease taken over after the holder stopped renewing: ${tookMs} ms (TTL ${ttlMs} ms)`,
    );
    expect(tookMs).toBeLessThan(ttlMs + 1_500);
    // The IMAP login may wait out Dovecot's penalty for other tests' wrong passwords (2-6 s).
    await waitUntil(
      () => watcherStats(grace.user)?.state === "live",
      "the watcher is live",
      10_000,
    );
    expect(await other.renew(grace.user, theirs!)).toBe(false);
    // What changed while nobody watched is unknown: the streams are told to refetch.
    await waitUntil(() => events.some((e) => e.type === "resync"), "a resync after the takeover");

    await waitUntil(() => watcherStats(grace.user)?.idling === true, "IDLE");
    await setFlags(grace.user, "INBOX", uid, { add: ["\\Flagged"] });
    await waitUntil(
      () =>
        events.some((e) => e.type === "flags" && e.uid === uid && e.flags.includes("\\Flagged")),
      "another client's change, pushed by the new holder",
    );
  });

  it("follows the mailbox the user looks at, wherever the page was served", async () => {
    const other = createRedisWatcherLeases(otherLink, { owner: "other", prefix, ttlMs });
    await other.shareFocus(grace.user, "Archive");
    await waitUntil(() => watcherStats(grace.user)?.mailbox === "Archive", "focus on Archive");
    focusMailbox(grace, "INBOX");
    await waitUntil(() => watcherStats(grace.user)?.mailbox === "INBOX", "focus back on INBOX");
  });

  it("keeps watching through a Redis outage, and holds the lease again after it", async () => {
    await redis.kill();
    await waitUntil(() => !scaleOut.link.up, "outage noticed");
    expect(await startWatcher(grace)).toBe("live");
    const before = watcherStats(grace.user)?.connections;
    await redis.start();
    await waitUntil(
      async () => {
        if (!otherLink.up) return false;
        const holder = await otherLink.command.get(`${prefix}watcher:${grace.user}`);
        return holder?.startsWith(`${scaleOut.owner}#`) ?? false;
      },
      "lease held again after the outage",
      10_000,
    );
    expect(watcherStats(grace.user)).toMatchObject({ state: "live", connections: before });
  });
});
