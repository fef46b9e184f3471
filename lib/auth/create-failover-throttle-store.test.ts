import { describe, expect, it } from "vitest";
import { createFailoverThrottleStore } from "@/lib/auth/create-failover-throttle-store";
import { createMemoryThrottleStore } from "@/lib/auth/create-memory-throttle-store";
import type { ThrottleStore } from "@/lib/auth/throttle-store";

const rule = { freeFailures: 5, baseDelayMs: 1_000, maxDelayMs: 8_000, forgetAfterMs: 60_000 };
const check = [{ key: "k", rule, exempt: false }];

/** A shared store that fails like an unreachable Redis while `down.value` is true. */
function flakyShared(down: { value: boolean }): ThrottleStore {
  const inner = createMemoryThrottleStore();
  const guard =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    (...args: A) =>
      down.value ? Promise.reject(new Error("Connection is closed.")) : fn(...args);
  return {
    get: guard(inner.get),
    admit: guard(inner.admit),
    add: guard(inner.add),
    delete: guard(inner.delete),
  };
}

describe("the failover throttle store", () => {
  it("counts in the shared store while it is up", async () => {
    const shared = createMemoryThrottleStore();
    const local = createMemoryThrottleStore();
    const store = createFailoverThrottleStore(shared, local, () => true);
    await store.admit(check, 0);
    expect(await shared.get("k", 0)).toEqual({ failures: 1, lastFailureAt: 0 });
    expect(local.size()).toBe(0);
  });

  it("counts here while the shared store is down, or when a call to it fails", async () => {
    const down = { value: false };
    const local = createMemoryThrottleStore();
    const known = { up: false };
    const store = createFailoverThrottleStore(flakyShared(down), local, () => known.up);
    await store.admit(check, 0);
    expect(await local.get("k", 0)).toEqual({ failures: 1, lastFailureAt: 0 });

    // Believed up, but the call fails (the outage is not noticed yet): no error reaches sign-in.
    known.up = true;
    down.value = true;
    await expect(store.admit(check, 10)).resolves.toBe(0);
    expect((await local.get("k", 10))?.failures).toBe(2);

    down.value = false;
    await store.add("k", 1, 20, 60_000);
    expect((await store.get("k", 20))?.failures).toBe(1);
  });
});
