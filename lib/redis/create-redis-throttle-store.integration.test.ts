// Integration: the sign-in limits in a real Redis (e2e/redis/start.sh), as two processes would
// share them: each "process" here has its own connection and its own throttle.
import { afterAll, describe, expect, it } from "vitest";
import { connectTestRedis, testPrefix, testRedisUrl, waitUntil } from "@/e2e/support/test-redis";
import { createSignInThrottle, signInPolicy } from "@/lib/auth/sign-in-throttle";
import { throttleDelay, type ThrottleRule } from "@/lib/auth/throttle-rule";
import { createRedisThrottleStore } from "@/lib/redis/create-redis-throttle-store";
import { createRedisLink, type RedisLink } from "@/lib/redis/redis-link";

const prefix = testPrefix("throttle");
const quiet = { warn: () => {}, info: () => {} };
const links: RedisLink[] = [];
async function processStore() {
  const link = createRedisLink(testRedisUrl(), { log: quiet });
  links.push(link);
  await waitUntil(() => link.up, `Redis at ${testRedisUrl()} (bash e2e/redis/start.sh)`);
  return createRedisThrottleStore(link, { prefix });
}
const inspect = connectTestRedis();

afterAll(async () => {
  const keys = await inspect.keys(`${prefix}*`);
  if (keys.length) await inspect.del(...keys);
  inspect.disconnect();
  await Promise.all(links.map((link) => link.close()));
});

const rule: ThrottleRule = {
  freeFailures: 3,
  baseDelayMs: 15_000,
  maxDelayMs: 5 * 60_000,
  forgetAfterMs: 60_000,
};

describe("the Redis throttle store", () => {
  it("waits exactly as throttleDelay says, from the last failure", async () => {
    const store = await processStore();
    const check = [{ key: "delay", rule, exempt: false }];
    const t0 = 1_732_800_000_123;
    for (let failures = 1; failures <= 8; failures += 1) {
      // Each attempt comes long after the previous wait ended, and counts one more failure.
      const at = t0 + failures * 1_000_000;
      expect(await store.admit(check, at)).toBe(0);
      expect(await store.get("delay", at)).toEqual({ failures, lastFailureAt: at });
      // A refused attempt is not counted, so asking again a second later shows the rest.
      const delay = throttleDelay(rule, failures);
      if (delay > 0) expect(await store.admit(check, at + 1_000)).toBe(delay - 1_000);
    }
    expect((await store.get("delay", t0))?.failures).toBe(8);
  });

  it("admits exactly the free failures when attempts race through two processes", async () => {
    const [a, b] = [await processStore(), await processStore()];
    const check = [{ key: "race", rule, exempt: false }];
    const now = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).admit(check, now)),
    );
    expect(answers.filter((wait) => wait === 0)).toHaveLength(rule.freeFailures);
    expect((await a.get("race", now))?.failures).toBe(rule.freeFailures);
  });

  it("checks every key but lets an exempt one not hold the attempt back", async () => {
    const store = await processStore();
    const now = Date.now();
    for (let i = 0; i < 3; i += 1) await store.add("exempt", 1, now, 60_000);
    const checks = (exempt: boolean) => [
      { key: "fresh", rule, exempt: false },
      { key: "exempt", rule, exempt },
    ];
    expect(await store.admit(checks(false), now)).toBe(15_000);
    expect(await store.get("fresh", now)).toBeNull();
    expect(await store.admit(checks(true), now)).toBe(0);
    expect((await store.get("exempt", now))?.failures).toBe(4);
    expect((await store.get("fresh", now))?.failures).toBe(1);
  });

  it("takes failures back, forgets a key at zero, and lets keys expire with the rule", async () => {
    const store = await processStore();
    const now = Date.now();
    await store.add("back", 1, now - 5_000, 60_000);
    expect(await store.add("back", 1, now, 60_000)).toEqual({ failures: 2, lastFailureAt: now });
    // Taking back keeps the stamp of the last real failure.
    expect(await store.add("back", -1, now + 10, 60_000)).toEqual({
      failures: 1,
      lastFailureAt: now,
    });
    expect((await store.add("back", -1, now + 20, 60_000)).failures).toBe(0);
    expect(await store.get("back", now)).toBeNull();

    await store.add("ttl", 1, now, 1_500);
    const keys = await inspect.keys(`${prefix}throttle:*`);
    const ttls = await Promise.all(keys.map((key) => inspect.pttl(key)));
    expect(Math.min(...ttls)).toBeGreaterThan(0);
    expect(Math.min(...ttls)).toBeLessThanOrEqual(1_500);
    // Keys are hashed: no account or address in the clear.
    for (const key of keys) expect(key.slice(`${prefix}throttle:`.length)).toMatch(/^[\w-]{43}$/);
  });

  it("makes failures counted through one process refuse sign-in on the other", async () => {
    const now = { t: Date.now() };
    const [one, two] = [await processStore(), await processStore()].map((store) =>
      createSignInThrottle({ store, now: () => now.t }),
    );
    const account = `guess-${Date.now()}@example.test`;
    const address = "203.0.113.77";
    for (let i = 0; i < signInPolicy.accountAddress.freeFailures; i += 1) {
      const verdict = await (i % 2 ? one! : two!).begin(account, address);
      if (!verdict.allowed) throw new Error(`attempt ${i + 1} refused`);
      await verdict.finish("failure");
    }
    expect(await one!.begin(account, address)).toEqual({ allowed: false, retryAfterSeconds: 15 });
    expect(await two!.begin(account, address)).toEqual({ allowed: false, retryAfterSeconds: 15 });
    // The owner, from another address, is not held back.
    const owner = await two!.begin(account, "198.51.100.9");
    expect(owner.allowed).toBe(true);
  });
});
