import "server-only";
import { createCipheriv, createECDH, createHmac, randomBytes } from "node:crypto";

// Message encryption for Web Push (RFC 8291) in the aes128gcm content coding (RFC 8188): only
// the browser holding the subscription's private key can read what Tegami sends through the
// push service.

/** What the browser gave with its subscription (PushSubscription.toJSON().keys), base64url. */
export interface SubscriptionKeys {
  /** The browser's P-256 public key, uncompressed (65 bytes). */
  p256dh: string;
  /** The 16-byte authentication secret. */
  auth: string;
}

const recordSize = 4096;

function hmac(key: Buffer, ...data: Buffer[]): Buffer {
  const mac = createHmac("sha256", key);
  for (const part of data) mac.update(part);
  return mac.digest();
}

/** HKDF (RFC 5869) with one block of output, all RFC 8291 ever needs. */
function hkdf(salt: Buffer, ikm: Buffer, info: Buffer, length: number): Buffer {
  return hmac(hmac(salt, ikm), info, Buffer.from([1])).subarray(0, length);
}

/** The content-encryption key and nonce, from the shared secret (RFC 8291 §3.3-3.4, RFC 8188 §2.2). */
function deriveContentKeys(
  ecdhSecret: Buffer,
  authSecret: Buffer,
  uaPublic: Buffer,
  asPublic: Buffer,
  salt: Buffer,
): { key: Buffer; nonce: Buffer } {
  const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), uaPublic, asPublic]);
  const ikm = hkdf(authSecret, ecdhSecret, keyInfo, 32);
  return {
    key: hkdf(salt, ikm, Buffer.from("Content-Encoding: aes128gcm\0"), 16),
    nonce: hkdf(salt, ikm, Buffer.from("Content-Encoding: nonce\0"), 12),
  };
}

/**
 * The body of one push message: the RFC 8188 header (salt, record size, the sender's one-time
 * public key as keyid) and a single record, the plaintext ended by the 0x02 delimiter.
 */
export function encryptPushPayload(
  plaintext: Buffer,
  keys: SubscriptionKeys,
  random: { salt?: Buffer; ecdh?: ReturnType<typeof createECDH> } = {},
): Buffer {
  const uaPublic = Buffer.from(keys.p256dh, "base64url");
  const authSecret = Buffer.from(keys.auth, "base64url");
  if (uaPublic.length !== 65 || uaPublic[0] !== 4 || authSecret.length !== 16) {
    throw new Error("The subscription's keys are not a P-256 point and a 16-byte secret");
  }
  // A fresh key pair and salt for every message (RFC 8291 §3.1, §5).
  const ecdh = random.ecdh ?? createECDH("prime256v1");
  if (!random.ecdh) ecdh.generateKeys();
  const asPublic = ecdh.getPublicKey();
  const salt = random.salt ?? randomBytes(16);
  const { key, nonce } = deriveContentKeys(
    ecdh.computeSecret(uaPublic),
    authSecret,
    uaPublic,
    asPublic,
    salt,
  );

  // One record must hold it all: 4096 minus the tag (16) and the delimiter (1).
  if (plaintext.length > recordSize - 17)
    throw new Error("A push payload holds at most 4079 bytes");
  const cipher = createCipheriv("aes-128-gcm", key, nonce);
  const body = Buffer.concat([
    cipher.update(Buffer.concat([plaintext, Buffer.from([2])])),
    cipher.final(),
  ]);
  const header = Buffer.alloc(21);
  salt.copy(header, 0);
  header.writeUInt32BE(recordSize, 16);
  header.writeUInt8(asPublic.length, 20);
  return Buffer.concat([header, asPublic, body, cipher.getAuthTag()]);
}
