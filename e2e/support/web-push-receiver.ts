// The receiving side of Web Push, written from the RFCs independently of lib/push: what a
// browser does with a push message (RFC 8291 decryption) and what a push service checks
// (RFC 8292 VAPID). The test push service and the unit tests use it to check Tegami's output.
import {
  createDecipheriv,
  createECDH,
  createHmac,
  createPublicKey,
  randomBytes,
  verify,
  type ECDH,
} from "node:crypto";

/** A browser's side of a subscription: its key pair and auth secret. */
export interface TestSubscriber {
  ecdh: ECDH;
  auth: Buffer;
  /** As PushSubscription.toJSON().keys gives them. */
  keys: { p256dh: string; auth: string };
}

export function newSubscriber(): TestSubscriber {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  const auth = randomBytes(16);
  return {
    ecdh,
    auth,
    keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: auth.toString("base64url") },
  };
}

const hmac = (key: Buffer, data: Buffer) => createHmac("sha256", key).update(data).digest();
const expand = (prk: Buffer, info: string | Buffer, length: number) =>
  hmac(prk, Buffer.concat([Buffer.from(info), Buffer.from([1])])).subarray(0, length);

/** Decrypts an aes128gcm push body (RFC 8188 §2, RFC 8291 §3) as the subscriber's browser. */
export function decryptPushBody(body: Buffer, subscriber: TestSubscriber): Buffer {
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const idLength = body.readUInt8(20);
  const asPublic = body.subarray(21, 21 + idLength);
  const record = body.subarray(21 + idLength);
  if (idLength !== 65 || record.length > recordSize) throw new Error("not one RFC 8291 record");
  const uaPublic = subscriber.ecdh.getPublicKey();
  const secret = subscriber.ecdh.computeSecret(asPublic);
  const info = Buffer.concat([Buffer.from("WebPush: info\0"), uaPublic, asPublic]);
  const ikm = expand(hmac(subscriber.auth, secret), info, 32);
  const prk = hmac(salt, ikm);
  const decipher = createDecipheriv(
    "aes-128-gcm",
    expand(prk, "Content-Encoding: aes128gcm\0", 16),
    expand(prk, "Content-Encoding: nonce\0", 12),
  );
  decipher.setAuthTag(record.subarray(-16));
  const padded = Buffer.concat([decipher.update(record.subarray(0, -16)), decipher.final()]);
  // Strip the padding: zeros after the delimiter, 0x02 for the last record.
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end -= 1;
  if (padded[end] !== 2) throw new Error("no last-record delimiter");
  return padded.subarray(0, end);
}

export interface VapidClaims {
  aud: string;
  exp: number;
  sub: string;
  /** The application server's public key from `k=`, base64url. */
  publicKey: string;
}

/** Checks `Authorization: vapid t=<jwt>, k=<key>` (RFC 8292 §3) and returns its claims. */
export function verifyVapid(authorization: string): VapidClaims {
  const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(authorization);
  if (!match) throw new Error(`not a vapid Authorization: ${authorization.slice(0, 40)}`);
  const [header, claims, signature] = match[1]!.split(".") as [string, string, string];
  const publicKey = match[2]!;
  const point = Buffer.from(publicKey, "base64url");
  if (point.length !== 65 || point[0] !== 4)
    throw new Error("k is not an uncompressed P-256 point");
  if (JSON.parse(Buffer.from(header, "base64url").toString()).alg !== "ES256") {
    throw new Error("the JWT is not ES256");
  }
  const key = createPublicKey({
    key: {
      kty: "EC",
      crv: "P-256",
      x: point.subarray(1, 33).toString("base64url"),
      y: point.subarray(33).toString("base64url"),
    },
    format: "jwk",
  });
  const valid = verify(
    "sha256",
    Buffer.from(`${header}.${claims}`),
    { key, dsaEncoding: "ieee-p1363" },
    Buffer.from(signature, "base64url"),
  );
  if (!valid) throw new Error("the VAPID signature does not verify");
  return { ...JSON.parse(Buffer.from(claims, "base64url").toString()), publicKey };
}
