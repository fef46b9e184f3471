import "server-only";
import { getConfig } from "@/lib/config/config";
import { ImageProxyError } from "@/lib/image-proxy/image-proxy-error";
import {
  resolveAllowedAddresses,
  systemResolver,
} from "@/lib/image-proxy/resolve-allowed-addresses";
import { encryptPushPayload } from "@/lib/push/encrypt-push-payload";
import { loadVapidKeys } from "@/lib/push/load-vapid-keys";
import type { PushPayload } from "@/lib/push/push-payload";
import type { StoredPushSubscription } from "@/lib/push/push-subscription-store";
import { vapidAuthorization } from "@/lib/push/vapid-authorization";

/** `gone`: the push service no longer knows the subscription (404/410, RFC 8030 §7.3). */
export type PushOutcome = "delivered" | "gone" | "failed";

/** New mail is worth a day on the push service; the phone may be off (RFC 8030 §5.2). */
const ttlSeconds = 24 * 3600;

/** POSTs one encrypted push message to the subscription's push service (RFC 8030 §5). */
export async function sendWebPush(
  subscription: StoredPushSubscription,
  payload: PushPayload,
): Promise<PushOutcome> {
  const keys = await loadVapidKeys();
  const { subject } = getConfig().push;
  // Re-checked at every send: a name that now resolves into the network is no push service.
  const refused = await resolveAllowedAddresses(
    new URL(subscription.endpoint),
    getConfig().push.allowHttp,
    systemResolver,
  ).then(
    () => null,
    (error: unknown) => (error instanceof ImageProxyError ? "gone" : "failed"),
  );
  if (refused) return refused;
  const body = encryptPushPayload(Buffer.from(JSON.stringify(payload)), subscription.keys);
  try {
    const response = await fetch(subscription.endpoint, {
      method: "POST",
      headers: {
        Authorization: vapidAuthorization(subscription.endpoint, keys, subject),
        "Content-Encoding": "aes128gcm",
        "Content-Type": "application/octet-stream",
        TTL: String(ttlSeconds),
        Urgency: "normal",
        // Only the newest message about one mail waits at the push service (RFC 8030 §5.4): a
        // "read" sent while the phone was off replaces the "new" one.
        Topic: `m${payload.uid}`,
      },
      body: new Uint8Array(body),
      redirect: "error",
      signal: AbortSignal.timeout(10_000),
    });
    await response.body?.cancel();
    if (response.status === 404 || response.status === 410) return "gone";
    return response.ok ? "delivered" : "failed";
  } catch {
    return "failed";
  }
}
