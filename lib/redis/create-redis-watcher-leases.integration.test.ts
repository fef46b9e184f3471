// Integration: watcher leases in a real Redis (e2e/redis/start.sh), held by two "processes"
// (two connections with their own owner names).
import { afterAll, describe, expect, it } from "vitest";
import { connectTestRedis, testPrefix, testRedisUrl, waitUntil } from "@/e2e/support/test-redis";
import { createRedisWatcherLeases } from "@/lib/redis/create-redis-watcher-leases";
import { createRedisLink, type RedisLink } from "@/lib/redis/redis-link";

const prefix = testPrefix("leases");
const quiet = { warn: () => {}, info: () => {} };
const links: RedisLink[] = [];
const inspect = connectTestRedis();

async function processLeases(owner: string, ttlMs = 5_000) {
  const link = createRedisLink(testRedisUrl(), { log: quiet });
  links.push(link);
  await waitUntil(() => link.up, `Redis at ${testRedisUrl()} (bash e2e/redis/start.sh)`);
  return createRedisWatcherLeases(link, { owner, prefix, ttlMs });
}

afterAll(async () => {
  const keys = await inspect.keys(`${prefix}*`);
  if (keys.length) await inspect.del(...keys);
  inspect.disconnect();
  await Promise.all(links.map((link) => link.close()));
});

describe("watcher leases", () => {
  it("go to one process at a time, with a fencing token that grows", async () => {
    const [a, b] = [await processLeases("a"), await processLeases("b")];
    const user = "One@Example.test";
    const first = await a.take(user);
    expect(first).toMatch(/^a#\d+$/);
    expect(await b.take(user)).toBeNull();
    expect(await b.take(user.toLowerCase())).toBeNull();
    expect(await a.take(user)).toBeNull();

    expect(await a.renew(user, first!)).toBe(true);
    expect(await b.renew(user, `b#${first!.split("#")[1]}`)).toBe(false);
    await b.release(user, "b#1");
    expect(await inspect.get(`${prefix}watcher:one@example.test`)).toBe(first);

    await a.release(user, first!);
    const second = await b.take(user);
    expect(second).toMatch(/^b#\d+$/);
    expect(Number(second!.split("#")[1])).toBeGreaterThan(Number(first!.split("#")[1]));
    // The old token can neither extend nor end the new holder's lease.
    expect(await a.renew(user, first!)).toBe(false);
    await a.release(user, first!);
    expect(await inspect.get(`${prefix}watcher:one@example.test`)).toBe(second);
  });

  it("expire when the holder stops renewing, and renewing keeps them", async () => {
    const [a, b] = [await processLeases("a", 400), await processLeases("b", 400)];
    const user = "expiry@example.test";
    const token = await a.take(user);
    expect(token).not.toBeNull();
    const until = Date.now() + 1_000;
    while (Date.now() < until) {
      expect(await a.renew(user, token!)).toBe(true);
      expect(await b.take(user)).toBeNull();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // a stops renewing (it died): b gets the lease once the TTL has run out.
    const stopped = Date.now();
    let taken: string | null = null;
    await waitUntil(async () => (taken = await b.take(user)) !== null, "b takes over", 2_000);
    expect(Date.now() - stopped).toBeLessThan(1_000);
    expect(taken).toMatch(/^b#/);
    expect(await a.renew(user, token!)).toBe(false);
  });

  it("share the mailbox a user looks at with every process", async () => {
    const [a, b] = [await processLeases("a"), await processLeases("b")];
    const heard: string[] = [];
    b.onFocus((user, mailbox) => heard.push(`${user} ${mailbox}`));
    await a.shareFocus("Focus@example.test", "Projects/日本");
    await waitUntil(() => heard.length > 0, "b hears of the focus");
    expect(heard).toEqual(["focus@example.test Projects/日本"]);
    expect(await b.focusOf("focus@example.test")).toBe("Projects/日本");
    expect(await b.focusOf("nobody@example.test")).toBeNull();
  });
});
