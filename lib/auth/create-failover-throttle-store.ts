import type { ThrottleStore } from "@/lib/auth/throttle-store";

/**
 * Counts in `shared` while it is up and answers, else in `local`: a Redis outage makes the
 * sign-in limits per process for its duration instead of failing every sign-in.
 */
export function createFailoverThrottleStore(
  shared: ThrottleStore,
  local: ThrottleStore,
  isUp: () => boolean,
): ThrottleStore {
  function route<A extends unknown[], R>(
    call: (store: ThrottleStore, ...args: A) => Promise<R>,
  ): (...args: A) => Promise<R> {
    return async (...args) => {
      if (!isUp()) return call(local, ...args);
      try {
        return await call(shared, ...args);
      } catch {
        return call(local, ...args);
      }
    };
  }
  return {
    get: route((store, key: string, now: number) => store.get(key, now)),
    admit: route((store, checks: Parameters<ThrottleStore["admit"]>[0], now: number) =>
      store.admit(checks, now),
    ),
    add: route((store, key: string, delta: number, now: number, ttlMs: number) =>
      store.add(key, delta, now, ttlMs),
    ),
    delete: route((store, key: string) => store.delete(key)),
  };
}
