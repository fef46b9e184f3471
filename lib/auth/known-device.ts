import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { getConfig } from "@/lib/config/config";

// A browser that has signed in to an account before is remembered by a signed cookie. When
// someone fails on purpose from many addresses to trigger the per-account limit, the real
// owner's own browser is not held back by it: a lockout can then only hit browsers that never
// signed in (OWASP's "device cookies"). The cookie names no account, only MACs of them.

export const knownDeviceCookie = "tegami-device";
export const knownDeviceMaxAgeSeconds = 365 * 24 * 60 * 60;
/** Accounts one browser is remembered for; the oldest is forgotten first. */
const maxAccounts = 5;

function deviceToken(account: string, secret: string): string {
  const key = createHmac("sha256", secret).update("tegami known device v1").digest();
  return createHmac("sha256", key)
    .update(account.trim().toLowerCase())
    .digest("base64url")
    .slice(0, 22);
}

function tokensOf(cookieValue: string | null | undefined): string[] {
  return (cookieValue ?? "").split(".").filter((token) => /^[A-Za-z0-9_-]{22}$/.test(token));
}

/** Whether this cookie value says the browser has signed in to `account` before. */
export function isKnownDevice(
  cookieValue: string | null | undefined,
  account: string,
  secret = getConfig().authSecret,
): boolean {
  const expected = Buffer.from(deviceToken(account, secret));
  return tokensOf(cookieValue).some((token) => timingSafeEqual(Buffer.from(token), expected));
}

/** The cookie value after a successful sign-in to `account`. */
export function rememberDevice(
  cookieValue: string | null | undefined,
  account: string,
  secret = getConfig().authSecret,
): string {
  const token = deviceToken(account, secret);
  const others = tokensOf(cookieValue).filter((existing) => existing !== token);
  return [...others, token].slice(-maxAccounts).join(".");
}

/** The value of one cookie in a Cookie request header. */
export function cookieFromHeader(header: string | null, name: string): string | null {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
