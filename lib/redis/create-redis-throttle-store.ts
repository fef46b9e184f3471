import "server-only";
import { createHash } from "node:crypto";
import type { ThrottleRecord, ThrottleStore } from "@/lib/auth/throttle-store";
import type { RedisLink } from "@/lib/redis/redis-link";

// Sign-in failure counts shared by every Tegami process: one hash per key ({f: failures,
// t: epoch ms of the last failure}) that expires with the rule. The check and the count run as
// one script, so parallel attempts through several processes cannot all slip through. The keys
// are hashed: Redis never holds an address or an account name in the clear.

// ARGV[1] = now; then per key: free failures, base ms, max ms, forget-after ms, exempt ("1").
// The wait is throttleDelay (lib/auth/throttle-rule.ts) written in Lua.
const admitScript = `
local now = tonumber(ARGV[1])
local wait = 0
for i = 1, #KEYS do
  local o = 1 + (i - 1) * 5
  if ARGV[o + 5] ~= '1' then
    local rec = redis.call('HMGET', KEYS[i], 'f', 't')
    local f = tonumber(rec[1]) or 0
    local free = tonumber(ARGV[o + 1])
    if f >= free then
      local d = math.min(tonumber(ARGV[o + 3]), tonumber(ARGV[o + 2]) * 2 ^ math.min(f - free, 30))
      local w = (tonumber(rec[2]) or 0) + d - now
      if w > wait then wait = w end
    end
  end
end
if wait > 0 then return math.ceil(wait) end
for i = 1, #KEYS do
  redis.call('HINCRBY', KEYS[i], 'f', 1)
  redis.call('HSET', KEYS[i], 't', ARGV[1])
  redis.call('PEXPIRE', KEYS[i], ARGV[1 + (i - 1) * 5 + 4])
end
return 0`;

// ARGV: delta, now, ttl ms. Same rules as the memory store's add.
const addScript = `
local existed = redis.call('EXISTS', KEYS[1]) == 1
local f = redis.call('HINCRBY', KEYS[1], 'f', ARGV[1])
if f <= 0 then
  local t = existed and redis.call('HGET', KEYS[1], 't') or ARGV[2]
  redis.call('DEL', KEYS[1])
  return {0, t}
end
if tonumber(ARGV[1]) > 0 or not existed then
  redis.call('HSET', KEYS[1], 't', ARGV[2])
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
end
return {f, redis.call('HGET', KEYS[1], 't')}`;

export function createRedisThrottleStore(
  link: RedisLink,
  { prefix = "tegami:" }: { prefix?: string } = {},
): ThrottleStore {
  const redis = link.command;
  const keyOf = (key: string) =>
    `${prefix}throttle:${createHash("sha256").update(key).digest("base64url")}`;

  return {
    async get(key) {
      const [failures, at] = await redis.hmget(keyOf(key), "f", "t");
      return failures ? { failures: Number(failures), lastFailureAt: Number(at) } : null;
    },
    async admit(checks, now) {
      const args = checks.flatMap(({ rule, exempt }) => [
        rule.freeFailures,
        rule.baseDelayMs,
        rule.maxDelayMs,
        rule.forgetAfterMs,
        exempt ? "1" : "0",
      ]);
      const keys = checks.map(({ key }) => keyOf(key));
      return Number(await redis.eval(admitScript, keys.length, ...keys, now, ...args));
    },
    async add(key, delta, now, ttlMs): Promise<ThrottleRecord> {
      const [failures, at] = (await redis.eval(addScript, 1, keyOf(key), delta, now, ttlMs)) as [
        number,
        string,
      ];
      return { failures: Number(failures), lastFailureAt: Number(at) };
    },
    async delete(key) {
      await redis.del(keyOf(key));
    },
  };
}
