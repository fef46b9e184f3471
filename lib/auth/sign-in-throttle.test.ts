import { describe, expect, it } from "vitest";
import { createMemoryThrottleStore } from "@/lib/auth/create-memory-throttle-store";
import {
  createSignInThrottle,
  signInPolicy,
  type SignInThrottle,
} from "@/lib/auth/sign-in-throttle";
import { throttleDelay } from "@/lib/auth/throttle-rule";

function setup() {
  const clock = { now: 1_000_000 };
  const store = createMemoryThrottleStore();
  const throttle = createSignInThrottle({ store, now: () => clock.now });
  return { clock, store, throttle };
}

async function fail(throttle: SignInThrottle, account: string, address: string, times = 1) {
  for (let i = 0; i < times; i += 1) {
    const verdict = await throttle.begin(account, address);
    if (!verdict.allowed) throw new Error(`attempt ${i + 1} was refused`);
    await verdict.finish("failure");
  }
}

async function retryAfter(
  throttle: SignInThrottle,
  account: string,
  address: string,
  options?: { knownDevice?: boolean },
) {
  const verdict = await throttle.begin(account, address, options);
  if (verdict.allowed) {
    await verdict.finish("error");
    return 0;
  }
  return verdict.retryAfterSeconds;
}

describe("throttleDelay", () => {
  it("is free up to the threshold, then doubles up to the cap", () => {
    const rule = signInPolicy.accountAddress;
    expect(throttleDelay(rule, 9)).toBe(0);
    expect(throttleDelay(rule, 10)).toBe(15_000);
    expect(throttleDelay(rule, 11)).toBe(30_000);
    expect(throttleDelay(rule, 13)).toBe(120_000);
    expect(throttleDelay(rule, 15)).toBe(300_000);
    expect(throttleDelay(rule, 10_000)).toBe(300_000);
  });

  it("keeps the per-account wait short so nobody can lock the owner out for long", () => {
    expect(throttleDelay(signInPolicy.account, 49)).toBe(0);
    expect(throttleDelay(signInPolicy.account, 1_000_000)).toBe(30_000);
  });
});

describe("the sign-in throttle", () => {
  it("slows down the 11th attempt for one account from one address", async () => {
    const { throttle } = setup();
    await fail(throttle, "carol@example.test", "203.0.113.5", 10);
    expect(await retryAfter(throttle, "carol@example.test", "203.0.113.5")).toBe(15);
  });

  it("still admits the account from another address", async () => {
    const { throttle } = setup();
    await fail(throttle, "carol@example.test", "203.0.113.5", 10);
    const verdict = await throttle.begin("carol@example.test", "198.51.100.9");
    expect(verdict.allowed).toBe(true);
  });

  it("normalizes the account: case and surrounding spaces make no new key", async () => {
    const { throttle } = setup();
    await fail(throttle, "Carol@Example.TEST", "203.0.113.5", 5);
    await fail(throttle, "  carol@example.test ", "203.0.113.5", 5);
    expect(await retryAfter(throttle, "CAROL@example.test", "203.0.113.5")).toBe(15);
  });

  it("lets the attempt through once the wait is over, and then waits twice as long", async () => {
    const { clock, throttle } = setup();
    await fail(throttle, "carol@example.test", "203.0.113.5", 10);
    clock.now += 14_000;
    expect(await retryAfter(throttle, "carol@example.test", "203.0.113.5")).toBe(1);
    clock.now += 1_000;
    await fail(throttle, "carol@example.test", "203.0.113.5");
    expect(await retryAfter(throttle, "carol@example.test", "203.0.113.5")).toBe(30);
    // refused attempts never reach the server and add nothing
    expect(await retryAfter(throttle, "carol@example.test", "203.0.113.5")).toBe(30);
  });

  it("caps the wait at five minutes", async () => {
    const { clock, throttle } = setup();
    await fail(throttle, "carol@example.test", "203.0.113.5", 10);
    for (let i = 0; i < 10; i += 1) {
      clock.now += 10 * 60_000;
      await fail(throttle, "carol@example.test", "203.0.113.5");
    }
    expect(await retryAfter(throttle, "carol@example.test", "203.0.113.5")).toBe(300);
  });

  it("forgets failures a day after the last one", async () => {
    const { clock, throttle } = setup();
    await fail(throttle, "carol@example.test", "203.0.113.5", 10);
    clock.now += 24 * 60 * 60_000;
    expect(await retryAfter(throttle, "carol@example.test", "203.0.113.5")).toBe(0);
  });

  it("a success clears the failures of that account from that address", async () => {
    const { throttle } = setup();
    await fail(throttle, "carol@example.test", "203.0.113.5", 9);
    const verdict = await throttle.begin("carol@example.test", "203.0.113.5");
    expect(verdict.allowed).toBe(true);
    if (verdict.allowed) await verdict.finish("success");
    await fail(throttle, "carol@example.test", "203.0.113.5", 9);
    expect(await retryAfter(throttle, "carol@example.test", "203.0.113.5")).toBe(0);
  });

  it("server errors are not failures", async () => {
    const { throttle } = setup();
    for (let i = 0; i < 20; i += 1) {
      const verdict = await throttle.begin("carol@example.test", "203.0.113.5");
      if (verdict.allowed) await verdict.finish("error");
    }
    expect(await retryAfter(throttle, "carol@example.test", "203.0.113.5")).toBe(0);
  });

  it("counts attempts still waiting for the server, so parallel guesses cannot all pass", async () => {
    const { throttle } = setup();
    const verdicts = [];
    for (let i = 0; i < 15; i += 1)
      verdicts.push(await throttle.begin("carol@example.test", "203.0.113.5"));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(10);
  });

  it("slows down one address spraying a password over many accounts", async () => {
    const { throttle } = setup();
    for (let i = 0; i < 30; i += 1) await fail(throttle, `user${i}@example.test`, "203.0.113.5");
    expect(await retryAfter(throttle, "someone-else@example.test", "203.0.113.5")).toBe(15);
    expect(await retryAfter(throttle, "someone-else@example.test", "198.51.100.9")).toBe(0);
  });

  it("slows down guessing from many addresses only briefly, so the owner gets back in", async () => {
    const { clock, throttle } = setup();
    for (let i = 0; i < 60; i += 1) {
      await fail(throttle, "carol@example.test", `198.51.100.${i}`);
      clock.now += 30_000;
    }
    clock.now -= 30_000;
    const wait = await retryAfter(throttle, "carol@example.test", "203.0.113.77");
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(30);
    clock.now += 30_000;
    expect(await retryAfter(throttle, "carol@example.test", "203.0.113.77")).toBe(0);
  });

  it("never holds back the owner's own browser for the account's sake", async () => {
    const { throttle } = setup();
    // Guessing from many addresses, one right after the other: the account is hot.
    for (let i = 0; i < 50; i += 1) await fail(throttle, "carol@example.test", `198.51.100.${i}`);
    expect(await retryAfter(throttle, "carol@example.test", "203.0.113.77")).toBeGreaterThan(0);
    const owner = { knownDevice: true };
    expect(await retryAfter(throttle, "carol@example.test", "203.0.113.77", owner)).toBe(0);
  });

  it("still holds a known browser to the rules about its own failures", async () => {
    const { throttle } = setup();
    await fail(throttle, "carol@example.test", "203.0.113.78", 10);
    const owner = { knownDevice: true };
    expect(await retryAfter(throttle, "carol@example.test", "203.0.113.78", owner)).toBe(15);
  });

  it("a success does not reset the address's or the account's count", async () => {
    const { throttle } = setup();
    for (let i = 0; i < 30; i += 1) await fail(throttle, `user${i}@example.test`, "203.0.113.5");
    // the sprayer cannot sign in to its own account to reset the count: it is refused first
    expect(await retryAfter(throttle, "mine@example.test", "203.0.113.5")).toBe(15);
  });
});

describe("the memory throttle store", () => {
  it("holds at most maxEntries records, dropping the stalest", async () => {
    const store = createMemoryThrottleStore(3);
    for (const key of ["a", "b", "c", "d"]) await store.add(key, 1, 0, 60_000);
    expect(store.size()).toBe(3);
    expect(await store.get("a", 0)).toBeNull();
    expect(await store.get("d", 0)).toEqual({ failures: 1, lastFailureAt: 0 });
  });

  it("drops expired records first when full", async () => {
    const store = createMemoryThrottleStore(2);
    await store.add("old", 1, 0, 1_000);
    await store.add("fresh", 1, 0, 60_000);
    await store.add("new", 1, 5_000, 60_000);
    expect(await store.get("fresh", 5_000)).not.toBeNull();
    expect(await store.get("old", 5_000)).toBeNull();
  });

  it("taking back a failure keeps the stamp and removes a record at zero", async () => {
    const store = createMemoryThrottleStore();
    await store.add("k", 1, 0, 60_000);
    await store.add("k", 1, 10, 60_000);
    expect(await store.add("k", -1, 20, 60_000)).toEqual({ failures: 1, lastFailureAt: 10 });
    await store.add("k", -1, 30, 60_000);
    expect(store.size()).toBe(0);
  });

  it("admits and counts in one step, or refuses without counting", async () => {
    const store = createMemoryThrottleStore();
    const rule = { freeFailures: 1, baseDelayMs: 1_000, maxDelayMs: 8_000, forgetAfterMs: 60_000 };
    const checks = [
      { key: "pair", rule, exempt: false },
      { key: "account", rule, exempt: true },
    ];
    expect(await store.admit(checks, 0)).toBe(0);
    expect(await store.get("pair", 0)).toEqual({ failures: 1, lastFailureAt: 0 });
    expect(await store.admit(checks, 400)).toBe(600);
    expect(await store.get("pair", 400)).toEqual({ failures: 1, lastFailureAt: 0 });
    // An exempt key is counted but never holds the attempt back.
    expect(await store.admit([{ key: "account", rule, exempt: true }], 400)).toBe(0);
    expect((await store.get("account", 400))?.failures).toBe(2);
  });
});

describe("parallel attempts", () => {
  it("get no more than the free failures through, however they interleave", async () => {
    const { throttle } = setup();
    const verdicts = await Promise.all(
      Array.from({ length: 25 }, () => throttle.begin("race@example.test", "192.0.2.5")),
    );
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(
      signInPolicy.accountAddress.freeFailures,
    );
  });
});
