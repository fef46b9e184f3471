import { describe, expect, it } from "vitest";
import { createFetchLimiter } from "@/lib/image-proxy/fetch-limiter";

/** A task that finishes when told to. */
function gate() {
  let open = () => {};
  const done = new Promise<string>((resolve) => (open = () => resolve("done")));
  return { task: () => done, open };
}

describe("createFetchLimiter", () => {
  it("runs at most maxActive tasks at once and starts the next as one finishes", async () => {
    const limiter = createFetchLimiter(2, 10);
    const gates = [gate(), gate(), gate()];
    const runs = gates.map((g) => limiter.run(g.task));
    expect(limiter.load()).toEqual({ active: 2, queued: 1 });
    gates[0]!.open();
    await runs[0];
    expect(limiter.load()).toEqual({ active: 2, queued: 0 });
    gates[1]!.open();
    gates[2]!.open();
    await expect(Promise.all(runs)).resolves.toEqual(["done", "done", "done"]);
    expect(limiter.load()).toEqual({ active: 0, queued: 0 });
  });

  it("refuses, without running it, a task past the queue's length", async () => {
    const limiter = createFetchLimiter(1, 1);
    const first = gate();
    const running = limiter.run(first.task);
    const waiting = limiter.run(async () => "second");
    let ran = false;
    await expect(limiter.run(async () => (ran = true))).resolves.toBeNull();
    expect(ran).toBe(false);
    first.open();
    await expect(running).resolves.toBe("done");
    await expect(waiting).resolves.toBe("second");
  });

  it("frees the slot when a task fails", async () => {
    const limiter = createFetchLimiter(1, 0);
    await expect(limiter.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(limiter.run(async () => "next")).resolves.toBe("next");
  });
});
