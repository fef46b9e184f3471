import { throttleDelay, type ThrottleRule } from "@/lib/auth/throttle-rule";

// Where the sign-in throttle keeps its failure counts: in memory per process
// (create-memory-throttle-store.ts), or in Redis shared by every Tegami process
// (lib/redis/create-redis-throttle-store.ts).

export interface ThrottleRecord {
  failures: number;
  /** Epoch ms of the last attempt that added a failure. */
  lastFailureAt: number;
}

export interface ThrottleCheck {
  key: string;
  rule: ThrottleRule;
  /** This key does not hold the attempt back (it is still counted). */
  exempt: boolean;
}

export interface ThrottleStore {
  get(key: string, now: number): Promise<ThrottleRecord | null>;
  /**
   * Atomically: the longest wait any non-exempt key imposes at `now`, or, when none does, one
   * provisional failure added to every key (stamped `now`) and 0.
   */
  admit(checks: ThrottleCheck[], now: number): Promise<number>;
  /**
   * Adds `delta` failures (negative to take back a provisional one). A positive delta stamps
   * `now`; the record is forgotten `ttlMs` after its last stamp.
   */
  add(key: string, delta: number, now: number, ttlMs: number): Promise<ThrottleRecord>;
  delete(key: string): Promise<void>;
}

/** The wait a record imposes under `rule` at `now`, in ms. */
export function remainingWait(
  rule: ThrottleRule,
  record: ThrottleRecord | null,
  now: number,
): number {
  if (!record) return 0;
  return Math.max(0, record.lastFailureAt + throttleDelay(rule, record.failures) - now);
}
