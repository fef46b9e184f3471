import "server-only";
import type { SubscriptionKeys } from "@/lib/push/encrypt-push-payload";

// Where the server keeps users' push subscriptions. The file store is the default; with
// REDIS_URL, lib/redis/start-scale-out.ts can set a shared one so any process sends a user's
// notifications.

export interface StoredPushSubscription {
  /** The push service URL this browser's messages go to (the subscription's identity). */
  endpoint: string;
  keys: SubscriptionKeys;
  /** When it was added, ms since the epoch. */
  createdAt: number;
}

export interface PushSubscriptionStore {
  /** Adds or replaces (same endpoint) a subscription of `user`; returns how many they have. */
  add(user: string, subscription: StoredPushSubscription): Promise<number>;
  /** Removes one subscription (unsubscribed, or the push service answered 404/410). */
  remove(user: string, endpoint: string): Promise<void>;
  /** Removes every subscription of the user (sign-out). */
  removeAll(user: string): Promise<void>;
  list(user: string): Promise<StoredPushSubscription[]>;
}

/** A user keeps at most this many (browsers, devices); the oldest goes first. */
export const maxSubscriptionsPerUser = 10;
