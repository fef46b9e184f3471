import "server-only";
import type { WatcherLeases } from "@/lib/realtime/watcher-leases";
import type { RedisLink } from "@/lib/redis/redis-link";

// Watcher leases on Redis. A lease is a key holding "<owner>#<fence>", set with NX and a TTL;
// the fence comes from a per-user counter, so every take has a token no earlier holder had.
// Renewal and release compare the whole token first (one script each): a process that was
// paused past its TTL can neither extend nor delete the lease of the process that took over,
// and learns from the failed renewal that it must stop its watcher.

const takeScript = `
if redis.call('EXISTS', KEYS[1]) == 1 then return false end
local token = ARGV[1] .. '#' .. redis.call('INCR', KEYS[2])
redis.call('SET', KEYS[1], token, 'PX', ARGV[2])
redis.call('PEXPIRE', KEYS[2], 2592000000)
return token`;

const renewScript = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;

const releaseScript = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

export interface RedisWatcherLeasesOptions {
  /** Who holds a lease: unique per process (host, pid and a random part). */
  owner: string;
  prefix?: string;
  ttlMs?: number;
  renewMs?: number;
}

export function createRedisWatcherLeases(
  link: RedisLink,
  { owner, prefix = "tegami:", ttlMs = 5_000, renewMs = 1_000 }: RedisWatcherLeasesOptions,
): WatcherLeases {
  const redis = link.command;
  const user = (u: string) => u.toLowerCase();
  const leaseKey = (u: string) => `${prefix}watcher:${user(u)}`;
  const fenceKey = (u: string) => `${prefix}watcher-fence:${user(u)}`;
  const focusKey = (u: string) => `${prefix}focus:${user(u)}`;
  const focusChannel = `${prefix}focus`;
  const focusListeners = new Set<(user: string, mailbox: string) => void>();

  link.listen(focusChannel, (message) => {
    try {
      const { u, m } = JSON.parse(message) as { u: string; m: string };
      for (const listener of focusListeners) listener(u, m);
    } catch {
      // Not ours: ignore it.
    }
  });

  return {
    get up() {
      return link.up;
    },
    ttlMs,
    renewMs,
    async take(u) {
      const token = await redis.eval(takeScript, 2, leaseKey(u), fenceKey(u), owner, ttlMs);
      return typeof token === "string" ? token : null;
    },
    async renew(u, token) {
      return Number(await redis.eval(renewScript, 1, leaseKey(u), token, ttlMs)) === 1;
    },
    async release(u, token) {
      await redis.eval(releaseScript, 1, leaseKey(u), token);
    },
    async shareFocus(u, mailbox) {
      await redis
        .multi()
        .set(focusKey(u), mailbox, "PX", 24 * 60 * 60_000)
        .publish(focusChannel, JSON.stringify({ u: user(u), m: mailbox }))
        .exec();
    },
    async focusOf(u) {
      return redis.get(focusKey(u));
    },
    onFocus(listener) {
      focusListeners.add(listener);
    },
  };
}
