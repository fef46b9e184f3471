import "server-only";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { createFailoverThrottleStore } from "@/lib/auth/create-failover-throttle-store";
import { createMemoryThrottleStore } from "@/lib/auth/create-memory-throttle-store";
import { setSignInThrottleStore } from "@/lib/auth/sign-in-throttle";
import { getConfig } from "@/lib/config/config";
import { deliver, resyncStreamsHere, setSharedEventLog } from "@/lib/realtime/event-hub";
import { setWatcherLeases } from "@/lib/realtime/mailbox-watcher";
import { createRedisEventLog } from "@/lib/redis/create-redis-event-log";
import { createRedisThrottleStore } from "@/lib/redis/create-redis-throttle-store";
import { createRedisWatcherLeases } from "@/lib/redis/create-redis-watcher-leases";
import { createRedisLink, type RedisLink, type RedisLinkOptions } from "@/lib/redis/redis-link";
import { onShutdown } from "@/server/lifecycle.mjs";

// With REDIS_URL, this process shares with the others what must be shared: live events (and
// their replay), one watcher per user, and the sign-in limits. Each part falls back to this
// process alone while Redis is unreachable and goes back to Redis when it answers again.
// Push subscriptions (issue #7) are kept in a file store (lib/push/push-store.ts); a Redis one
// would be set here too (setPushStore), beside the throttle store.

export interface ScaleOut {
  link: RedisLink;
  /** This process as lease holder: "<host>:<pid>:<random>". */
  owner: string;
  stop(): Promise<void>;
}

const globalScaleOut = globalThis as typeof globalThis & { __tegamiScaleOut?: ScaleOut };

/** Starts sharing through Redis (once per process); null without REDIS_URL. */
export function startScaleOut(
  url: string | null = getConfig().redisUrl,
  options: {
    prefix?: string;
    leaseTtlMs?: number;
    leaseRenewMs?: number;
    log?: RedisLinkOptions["log"];
  } = {},
): ScaleOut | null {
  if (!url) return null;
  if (globalScaleOut.__tegamiScaleOut) return globalScaleOut.__tegamiScaleOut;
  const { prefix } = options;
  const link = createRedisLink(url, { log: options.log });
  const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 6)}`;

  setSharedEventLog(createRedisEventLog(link, deliver, { prefix }));
  setWatcherLeases(
    createRedisWatcherLeases(link, {
      owner,
      prefix,
      ttlMs: options.leaseTtlMs,
      renewMs: options.leaseRenewMs,
    }),
  );
  setSignInThrottleStore(
    createFailoverThrottleStore(
      createRedisThrottleStore(link, { prefix }),
      createMemoryThrottleStore(),
      () => link.up,
    ),
  );
  // Across an outage or a recovery, events of one side or the other were lost: refetch.
  link.onChange(() => resyncStreamsHere());

  const scaleOut: ScaleOut = {
    link,
    owner,
    async stop() {
      setSharedEventLog(null);
      setWatcherLeases(null);
      setSignInThrottleStore(createMemoryThrottleStore());
      delete globalScaleOut.__tegamiScaleOut;
      await link.close();
    },
  };
  globalScaleOut.__tegamiScaleOut = scaleOut;
  onShutdown("shared", "scale-out", () => scaleOut.stop());
  return scaleOut;
}
