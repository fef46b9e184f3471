// The contract of /api/push/subscriptions, shared by the route handler and the notification
// switch. The body is what PushSubscription.toJSON() gives. Client-safe.
import { z } from "zod";

const base64url = (bytes: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+=*$/, "is not base64url")
    .refine(
      (value) => Math.floor((value.replace(/=+$/, "").length * 3) / 4) === bytes,
      `is not ${bytes} bytes`,
    );

const endpointSchema = z
  .string()
  .max(2048)
  .refine(
    (value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol),
    "is not an http(s) URL",
  );

export const pushSubscribeSchema = z.object({
  endpoint: endpointSchema,
  /** Browsers set it for subscriptions that end on their own; Tegami does not rely on it. */
  expirationTime: z.number().nullable().optional(),
  keys: z.object({ p256dh: base64url(65), auth: base64url(16) }),
});

export const pushUnsubscribeSchema = z.object({ endpoint: endpointSchema });

export type PushSubscribeInput = z.infer<typeof pushSubscribeSchema>;

/** GET: the key the browser subscribes with (PushManager.subscribe's applicationServerKey). */
export interface PushKeyResult {
  publicKey: string;
}

export interface PushSubscribeResult {
  /** How many browsers of the user now get notifications. */
  subscriptions: number;
}
