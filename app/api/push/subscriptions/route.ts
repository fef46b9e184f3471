// GET    /api/push/subscriptions – the VAPID public key a browser subscribes with.
// POST   /api/push/subscriptions – keep this browser's push subscription (new mail notifies it).
// DELETE /api/push/subscriptions – forget it (the browser unsubscribed).
import type { PushKeyResult } from "@/lib/api/push-contract";
import { pushSubscribeSchema, pushUnsubscribeSchema } from "@/lib/api/push-contract";
import { errorResponse, mutationRoute } from "@/lib/api/mail-route";
import { getMailSession } from "@/lib/auth/get-mail-session";
import { MailError } from "@/lib/mail/mail-error";
import { loadVapidKeys } from "@/lib/push/load-vapid-keys";
import { subscribePush, unsubscribePush } from "@/lib/push/subscribe-push";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  if (!(await getMailSession())) {
    return errorResponse(new MailError("UNAUTHENTICATED", "Sign in to get notifications."));
  }
  const value: PushKeyResult = { publicKey: (await loadVapidKeys()).publicKey };
  return Response.json({ ok: true, value }, { headers: { "Cache-Control": "no-store" } });
}

export const POST = mutationRoute(pushSubscribeSchema, subscribePush);

export const DELETE = mutationRoute(pushUnsubscribeSchema, unsubscribePush);
