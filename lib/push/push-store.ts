import "server-only";
import { getConfig } from "@/lib/config/config";
import { createFileSubscriptionStore } from "@/lib/push/create-file-subscription-store";
import type { PushSubscriptionStore } from "@/lib/push/push-subscription-store";

const globalStore = globalThis as typeof globalThis & { __tegamiPushStore?: PushSubscriptionStore };

/** The store of push subscriptions: the file store in TEGAMI_DATA_DIR unless another was set. */
export function pushStore(): PushSubscriptionStore {
  globalStore.__tegamiPushStore ??= createFileSubscriptionStore(getConfig().push.dataDir);
  return globalStore.__tegamiPushStore;
}

/** The seam for a shared store (Redis, lib/redis/start-scale-out.ts). */
export function setPushStore(store: PushSubscriptionStore): void {
  globalStore.__tegamiPushStore = store;
}
