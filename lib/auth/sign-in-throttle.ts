import "server-only";
import { createMemoryThrottleStore } from "@/lib/auth/create-memory-throttle-store";
import type { ThrottleRecord, ThrottleStore } from "@/lib/auth/throttle-store";

// Sign-in attempts are counted per (account, address), per address (one client spraying a
// password over many accounts) and per account (many addresses guessing one password). Past a
// number of free failures each further attempt must wait, doubling per failure up to a cap.
// The per-account rule starts late and stays short, so that nobody can lock the real user out
// for long by failing on purpose from elsewhere.

export interface ThrottleRule {
  /** Failures allowed without any wait. */
  freeFailures: number;
  /** The wait after the first failure past the free ones; it doubles with each further one. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A key is forgotten this long after its last failure. */
  forgetAfterMs: number;
}

export interface ThrottlePolicy {
  accountAddress: ThrottleRule;
  address: ThrottleRule;
  account: ThrottleRule;
}

const day = 24 * 60 * 60_000;

export const signInPolicy: ThrottlePolicy = {
  accountAddress: {
    freeFailures: 10,
    baseDelayMs: 15_000,
    maxDelayMs: 5 * 60_000,
    forgetAfterMs: day,
  },
  address: { freeFailures: 30, baseDelayMs: 15_000, maxDelayMs: 5 * 60_000, forgetAfterMs: day },
  account: { freeFailures: 50, baseDelayMs: 2_000, maxDelayMs: 30_000, forgetAfterMs: day },
};

/** How an admitted attempt ended: only a rejected password counts as a failure. */
export type AttemptOutcome = "success" | "failure" | "error";

export type ThrottleVerdict =
  | { allowed: true; finish(outcome: AttemptOutcome): Promise<void> }
  | { allowed: false; retryAfterSeconds: number };

export interface SignInThrottle {
  /**
   * Admits a sign-in attempt (counted as a failure until `finish` says otherwise) or refuses
   * it. A browser that signed in to this account before (`knownDevice`) is not held back by
   * the per-account rule, which others can trigger on purpose; the other two rules still hold.
   */
  begin(
    account: string,
    address: string,
    options?: { knownDevice?: boolean },
  ): Promise<ThrottleVerdict>;
}

/** The wait a key imposes after `failures` failures, in ms (0 while they are free). */
export function throttleDelay(rule: ThrottleRule, failures: number): number {
  if (failures < rule.freeFailures) return 0;
  const doublings = Math.min(failures - rule.freeFailures, 30);
  return Math.min(rule.maxDelayMs, rule.baseDelayMs * 2 ** doublings);
}

/** The account as the IMAP server compares it: trimmed and case-folded. */
function normalizeAccount(account: string): string {
  return account.trim().toLowerCase();
}

export function createSignInThrottle({
  store = createMemoryThrottleStore(),
  now = Date.now,
  policy = signInPolicy,
}: { store?: ThrottleStore; now?: () => number; policy?: ThrottlePolicy } = {}): SignInThrottle {
  return {
    async begin(rawAccount, address, { knownDevice = false } = {}) {
      const account = normalizeAccount(rawAccount);
      const keys: [string, ThrottleRule][] = [
        [JSON.stringify(["account+address", account, address]), policy.accountAddress],
        [JSON.stringify(["address", address]), policy.address],
        [JSON.stringify(["account", account]), policy.account],
      ];
      const started = now();
      const records = await Promise.all(keys.map(([key]) => store.get(key, started)));
      const waitMs = Math.max(
        ...keys.map(([, rule], i) =>
          knownDevice && rule === policy.account
            ? 0
            : remainingWait(rule, records[i] ?? null, started),
        ),
      );
      if (waitMs > 0) return { allowed: false, retryAfterSeconds: Math.ceil(waitMs / 1000) };

      // Counted before the IMAP server answers, so parallel attempts cannot all slip through.
      await Promise.all(keys.map(([key, rule]) => store.add(key, 1, started, rule.forgetAfterMs)));
      return {
        allowed: true,
        async finish(outcome) {
          if (outcome === "failure") return;
          const at = now();
          const [pair, ...others] = keys;
          // A success forgets this client's failures on this account, but not the address's
          // or the account's: signing in to one's own account must not reset a spraying count.
          if (outcome === "success" && pair) await store.delete(pair[0]);
          const takeBack = outcome === "success" ? others : keys;
          await Promise.all(
            takeBack.map(([key, rule]) => store.add(key, -1, at, rule.forgetAfterMs)),
          );
        },
      };
    },
  };
}

function remainingWait(rule: ThrottleRule, record: ThrottleRecord | null, now: number): number {
  if (!record) return 0;
  return Math.max(0, record.lastFailureAt + throttleDelay(rule, record.failures) - now);
}

// One throttle per process; globalThis keeps it across module re-evaluation in `next dev`.
const globalThrottle = globalThis as typeof globalThis & {
  __tegamiSignInThrottle?: SignInThrottle;
};

/** The process-wide sign-in throttle. */
export function getSignInThrottle(): SignInThrottle {
  globalThrottle.__tegamiSignInThrottle ??= createSignInThrottle();
  return globalThrottle.__tegamiSignInThrottle;
}
