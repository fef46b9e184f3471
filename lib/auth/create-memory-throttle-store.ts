import { remainingWait, type ThrottleRecord, type ThrottleStore } from "@/lib/auth/throttle-store";

interface MemoryRecord extends ThrottleRecord {
  expiresAt: number;
}

/** A bounded in-memory store: expired records are dropped, and the stalest go first when full. */
export function createMemoryThrottleStore(maxEntries = 50_000): ThrottleStore & { size(): number } {
  // Map keeps insertion order; every write re-inserts, so the first key is the stalest.
  const records = new Map<string, MemoryRecord>();

  function live(key: string, now: number): MemoryRecord | null {
    const record = records.get(key);
    if (!record) return null;
    if (record.expiresAt > now) return record;
    records.delete(key);
    return null;
  }

  function makeRoom(now: number): void {
    if (records.size < maxEntries) return;
    for (const [key, record] of records) if (record.expiresAt <= now) records.delete(key);
    while (records.size >= maxEntries) {
      const stalest = records.keys().next();
      if (stalest.done) break;
      records.delete(stalest.value);
    }
  }

  function add(key: string, delta: number, now: number, ttlMs: number): ThrottleRecord {
    const previous = live(key, now);
    if (!previous) makeRoom(now);
    records.delete(key);
    const failures = Math.max(0, (previous?.failures ?? 0) + delta);
    const stamped = delta > 0 || !previous;
    const next: MemoryRecord = {
      failures,
      lastFailureAt: stamped ? now : previous.lastFailureAt,
      expiresAt: stamped ? now + ttlMs : previous.expiresAt,
    };
    if (failures > 0) records.set(key, next);
    return { failures, lastFailureAt: next.lastFailureAt };
  }

  return {
    // Synchronous inside, so atomic: no other attempt runs between the check and the count.
    admit(checks, now) {
      const waits = checks.map(({ key, rule, exempt }) =>
        exempt ? 0 : remainingWait(rule, live(key, now), now),
      );
      const waitMs = Math.max(0, ...waits);
      if (waitMs === 0) for (const { key, rule } of checks) add(key, 1, now, rule.forgetAfterMs);
      return Promise.resolve(waitMs);
    },
    get(key, now) {
      const record = live(key, now);
      return Promise.resolve(
        record && { failures: record.failures, lastFailureAt: record.lastFailureAt },
      );
    },
    add(key, delta, now, ttlMs) {
      return Promise.resolve(add(key, delta, now, ttlMs));
    },
    delete(key) {
      records.delete(key);
      return Promise.resolve();
    },
    size: () => records.size,
  };
}
