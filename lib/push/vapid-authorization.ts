import "server-only";
import { createPrivateKey, sign } from "node:crypto";
import type { VapidKeys } from "@/lib/config/parse-push-config";

// Voluntary Application Server Identification (RFC 8292): a short-lived ES256 JWT that tells the
// push service this message comes from the server the browser subscribed to.

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** The `Authorization: vapid t=…, k=…` header for a push to `endpoint`, valid for 12 hours. */
export function vapidAuthorization(
  endpoint: string,
  keys: VapidKeys,
  subject: string,
  now = Date.now(),
): string {
  const point = Buffer.from(keys.publicKey, "base64url");
  const privateKey = createPrivateKey({
    key: {
      kty: "EC",
      crv: "P-256",
      x: point.subarray(1, 33).toString("base64url"),
      y: point.subarray(33, 65).toString("base64url"),
      d: keys.privateKey,
    },
    format: "jwk",
  });
  // `aud` is the push service's origin; `exp` at most 24 hours ahead (RFC 8292 §2).
  const claims = {
    aud: new URL(endpoint).origin,
    exp: Math.floor(now / 1000) + 12 * 3600,
    sub: subject,
  };
  const unsigned = `${b64url({ typ: "JWT", alg: "ES256" })}.${b64url(claims)}`;
  // JWS wants ECDSA signatures as r || s, not DER (RFC 7518 §3.4).
  const signature = sign("sha256", Buffer.from(unsigned), {
    key: privateKey,
    dsaEncoding: "ieee-p1363",
  });
  return `vapid t=${unsigned}.${signature.toString("base64url")}, k=${keys.publicKey}`;
}
