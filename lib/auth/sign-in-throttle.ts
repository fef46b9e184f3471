import "server-only";
import { createMemoryThrottleStore } from "@/lib/auth/create-memory-throttle-store";
import type { ThrottleRule } from "@/lib/auth/throttle-rule";
import type { ThrottleStore } from "@/lib/auth/throttle-store";

// Sign-in attempts are counted per (account, address), per address (one client spraying a
// password over many accounts) and per account (many addresses guessing one password). Past a
// number of free failures each further attempt must wait, doubling per failure up to a cap.
// The per-account rule starts late and stays short, so that nobody can lock the real user out
// for long by failing on purpose from elsewhere.

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
      // One atomic check-and-count: parallel attempts (on any process) cannot all slip through.
      const waitMs = await store.admit(
        keys.map(([key, rule]) => ({
          key,
          rule,
          exempt: knownDevice && rule === policy.account,
        })),
        started,
      );
      if (waitMs > 0) return { allowed: false, retryAfterSeconds: Math.ceil(waitMs / 1000) };

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

// One throttle per process; globalThis keeps it across module re-evaluation in `next dev`.
const globalThrottle = globalThis as typeof globalThis & {
  __tegamiSignInThrottle?: SignInThrottle;
};

/** From now on the process counts in `store` (a Redis store shared by every process). */
export function setSignInThrottleStore(store: ThrottleStore): void {
  globalThrottle.__tegamiSignInThrottle = createSignInThrottle({ store });
}

/** The process-wide sign-in throttle. */
export function getSignInThrottle(): SignInThrottle {
  globalThrottle.__tegamiSignInThrottle ??= createSignInThrottle();
  return globalThrottle.__tegamiSignInThrottle;
}
