// Signed image-proxy URLs: the proxy fetches only URLs that Tegami itself put into a message it
// rendered for this user, so it is no open proxy for anyone who can reach Tegami.
import "server-only";
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { getConfig } from "@/lib/config/config";

export const PROXY_PATH = "/api/remote/image";
/** Longer URLs are left unproxied (the image stays blocked): no real image needs more. */
export const MAX_PROXIED_URL_LENGTH = 4096;
// 128 bits of HMAC-SHA256 are far beyond guessing and keep the URLs short.
const MAC_BYTES = 16;

let cachedKey: { secret: string; key: Buffer } | null = null;

/** A key of its own for these URLs, so a MAC here can never stand for a session token. */
function proxyKey(): Buffer {
  const secret = getConfig().authSecret;
  if (cachedKey?.secret !== secret) {
    const key = Buffer.from(hkdfSync("sha256", secret, "", "tegami image-proxy url v1", 32));
    cachedKey = { secret, key };
  }
  return cachedKey.key;
}

function mac(url: string, user: string): Buffer {
  // JSON keeps the two fields apart whatever characters they hold.
  const message = JSON.stringify([user.toLowerCase(), url]);
  return createHmac("sha256", proxyKey()).update(message).digest().subarray(0, MAC_BYTES);
}

/** The URL in the normalized form that is signed and fetched, or null if it is not one to fetch. */
function fetchableUrl(text: string): string | null {
  if (text.length > MAX_PROXIED_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.username || url.password) return null;
  url.hash = "";
  return url.href.length > MAX_PROXIED_URL_LENGTH ? null : url.href;
}

/**
 * The same-origin path that shows the remote image `url` to `user` through the image proxy,
 * or null for a URL the proxy would never fetch (not http(s), credentials, too long).
 */
export function proxiedImageUrl(url: string, user: string): string | null {
  const href = fetchableUrl(url);
  if (href === null) return null;
  const query = new URLSearchParams({
    u: Buffer.from(href).toString("base64url"),
    s: mac(href, user).toString("base64url"),
  });
  return `${PROXY_PATH}?${query}`;
}

const base64url = /^[A-Za-z0-9_-]+$/;

/** The remote URL of a proxied-image query if it was signed for `user`, else null. */
export function verifyProxiedImageUrl(query: URLSearchParams, user: string): string | null {
  const encoded = query.get("u");
  const signature = query.get("s");
  if (!encoded || !signature || !base64url.test(encoded) || !base64url.test(signature)) {
    return null;
  }
  // base64 is 4/3 the size; anything longer cannot be a URL we signed.
  if (encoded.length > Math.ceil((MAX_PROXIED_URL_LENGTH * 4) / 3)) return null;
  const url = Buffer.from(encoded, "base64url").toString("utf8");
  // Compared as text, so a signature or URL spelled with other padding bits is no match either.
  if (Buffer.from(url).toString("base64url") !== encoded) return null;
  const given = Buffer.from(signature);
  const expected = Buffer.from(mac(url, user).toString("base64url"));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return fetchableUrl(url) === url ? url : null;
}
