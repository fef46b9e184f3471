// One sign-in throttling rule and the wait it imposes. Pure, shared by the stores (the Redis
// store's script computes the same wait) and the throttle.

export interface ThrottleRule {
  /** Failures allowed without any wait. */
  freeFailures: number;
  /** The wait after the first failure past the free ones; it doubles with each further one. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A key is forgotten this long after its last failure. */
  forgetAfterMs: number;
}

/** The wait a key imposes after `failures` failures, in ms (0 while they are free). */
export function throttleDelay(rule: ThrottleRule, failures: number): number {
  if (failures < rule.freeFailures) return 0;
  const doublings = Math.min(failures - rule.freeFailures, 30);
  return Math.min(rule.maxDelayMs, rule.baseDelayMs * 2 ** doublings);
}
