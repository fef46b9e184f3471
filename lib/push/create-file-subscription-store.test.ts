import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  addSubscription,
  createFileSubscriptionStore,
} from "@/lib/push/create-file-subscription-store";

const keys = { p256dh: "p", auth: "a" };
const sub = (n: number) => ({ endpoint: `https://push.example/${n}`, keys, createdAt: n });
const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("addSubscription", () => {
  it("replaces the same endpoint and keeps the newest ten", () => {
    let list = [sub(1), sub(2)];
    list = addSubscription(list, { ...sub(1), createdAt: 9 });
    expect(list.map((s) => s.createdAt)).toEqual([2, 9]);
    for (let n = 3; n <= 12; n += 1) list = addSubscription(list, sub(n));
    expect(list).toHaveLength(10);
    expect(list.map((s) => s.createdAt)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});

describe("createFileSubscriptionStore", () => {
  it("keeps subscriptions per user in a file only Tegami's user can read", async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "tegami-push-")), "data");
    dirs.push(path.dirname(dir));
    const store = createFileSubscriptionStore(dir);
    expect(await store.list("ivan@example.test")).toEqual([]);
    await Promise.all([
      store.add("Ivan@example.test", sub(1)),
      store.add("ivan@example.test", sub(2)),
    ]);
    await store.add("judy@example.test", sub(3));
    expect((await store.list("IVAN@example.test")).map((s) => s.createdAt).sort()).toEqual([1, 2]);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(dir, "push-subscriptions.json")).mode & 0o777).toBe(0o600);

    await store.remove("ivan@example.test", sub(1).endpoint);
    expect((await store.list("ivan@example.test")).map((s) => s.createdAt)).toEqual([2]);
    await store.removeAll("ivan@example.test");
    expect(await store.list("ivan@example.test")).toEqual([]);
    // A second store on the same directory (another process) sees the same file.
    expect(await createFileSubscriptionStore(dir).list("judy@example.test")).toHaveLength(1);
  });
});
