import "server-only";
import path from "node:path";
import {
  maxSubscriptionsPerUser,
  type PushSubscriptionStore,
  type StoredPushSubscription,
} from "@/lib/push/push-subscription-store";
import { readJsonFile, writeJsonFile } from "@/lib/store/json-file";

type Table = Record<string, StoredPushSubscription[]>;

/** The table with `user`'s subscriptions changed by `change` (pure; empty lists disappear). */
export function withUserSubscriptions(
  table: Table,
  user: string,
  change: (list: StoredPushSubscription[]) => StoredPushSubscription[],
): Table {
  const key = user.toLowerCase();
  const next = { ...table };
  const list = change(next[key] ?? []);
  if (list.length) next[key] = list;
  else delete next[key];
  return next;
}

/** Adds `subscription` last, replacing one with its endpoint, keeping the newest few. */
export function addSubscription(
  list: StoredPushSubscription[],
  subscription: StoredPushSubscription,
): StoredPushSubscription[] {
  return [...list.filter((s) => s.endpoint !== subscription.endpoint), subscription].slice(
    -maxSubscriptionsPerUser,
  );
}

/**
 * Subscriptions in `<dataDir>/push-subscriptions.json`, keyed by the lowercased address. Every
 * change re-reads the file and is queued behind the last one, so changes of one process never
 * overwrite each other.
 */
export function createFileSubscriptionStore(dataDir: string): PushSubscriptionStore {
  const file = path.join(dataDir, "push-subscriptions.json");
  let queue: Promise<unknown> = Promise.resolve();

  async function read(): Promise<Table> {
    const value = await readJsonFile(file);
    return value && typeof value === "object" ? (value as Table) : {};
  }

  function update(
    user: string,
    change: (list: StoredPushSubscription[]) => StoredPushSubscription[],
  ) {
    const run = queue.then(async () => {
      const table = withUserSubscriptions(await read(), user, change);
      await writeJsonFile(file, table);
      return table[user.toLowerCase()]?.length ?? 0;
    });
    queue = run.catch(() => {});
    return run;
  }

  return {
    add: (user, subscription) => update(user, (list) => addSubscription(list, subscription)),
    remove: async (user, endpoint) => {
      await update(user, (list) => list.filter((s) => s.endpoint !== endpoint));
    },
    removeAll: async (user) => {
      await update(user, () => []);
    },
    list: async (user) => {
      await queue;
      return (await read())[user.toLowerCase()] ?? [];
    },
  };
}
