import "server-only";
import type { PushSubscribeInput, PushSubscribeResult } from "@/lib/api/push-contract";
import type { MailSession } from "@/lib/auth/get-mail-session";
import { getConfig } from "@/lib/config/config";
import {
  resolveAllowedAddresses,
  systemResolver,
} from "@/lib/image-proxy/resolve-allowed-addresses";
import { MailError } from "@/lib/mail/mail-error";
import { refreshSubscribed } from "@/lib/push/push-notifier";
import { pushStore } from "@/lib/push/push-store";
import { startWatcher } from "@/lib/realtime/mailbox-watcher";

/**
 * The server POSTs to the endpoint, so it must be a push service, not an address inside the
 * network: https to a public address, unless TEGAMI_PUSH_ALLOW names it (a push service of
 * one's own). Checked when subscribing (a later DNS answer is not re-checked at send time).
 */
async function assertPushService(endpoint: string): Promise<void> {
  const url = new URL(endpoint);
  const { allowHttp } = getConfig().push;
  const hostPort = `${url.hostname}:${url.port || (url.protocol === "https:" ? 443 : 80)}`;
  const allowed = allowHttp.includes(hostPort.toLowerCase());
  if (url.username || url.password || (url.protocol !== "https:" && !allowed)) {
    throw new MailError("INVALID_INPUT", "endpoint: push services are reached over https only");
  }
  try {
    await resolveAllowedAddresses(url, allowHttp, systemResolver);
  } catch {
    throw new MailError("INVALID_INPUT", "endpoint: not a push service on the internet");
  }
}

/** Keeps the browser's subscription and starts watching INBOX for it. */
export async function subscribePush(
  session: MailSession,
  input: PushSubscribeInput,
): Promise<PushSubscribeResult> {
  await assertPushService(input.endpoint);
  const subscriptions = await pushStore().add(session.email, {
    endpoint: input.endpoint,
    keys: input.keys,
    createdAt: Date.now(),
  });
  await refreshSubscribed(session.email);
  // The watcher sees new mail; it now runs on while no tab is open (mailbox-watcher's sweep).
  void startWatcher(session.credentials).catch(() => {});
  return { subscriptions };
}

/** Forgets one subscription of the user (the browser unsubscribed). */
export async function unsubscribePush(
  session: MailSession,
  input: { endpoint: string },
): Promise<PushSubscribeResult> {
  await pushStore().remove(session.email, input.endpoint);
  await refreshSubscribed(session.email);
  return { subscriptions: (await pushStore().list(session.email)).length };
}

/** Forgets every subscription of the user (sign-out). */
export async function removeUserPush(user: string): Promise<void> {
  await pushStore().removeAll(user);
  await refreshSubscribed(user);
}
