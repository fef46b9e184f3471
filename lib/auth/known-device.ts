import "server-only";
import { keyedToken, tokenListHas, tokenListWith } from "@/lib/auth/keyed-token";

// A browser that has signed in to an account before is remembered by a signed cookie. When
// someone fails on purpose from many addresses to trigger the per-account limit, the real
// owner's own browser is not held back by it: a lockout can then only hit browsers that never
// signed in (OWASP's "device cookies"). The cookie names no account, only MACs of them.

export const knownDeviceCookie = "tegami-device";
export const knownDeviceMaxAgeSeconds = 365 * 24 * 60 * 60;
/** Accounts one browser is remembered for; the oldest is forgotten first. */
const maxAccounts = 5;

function deviceToken(account: string, secret?: string): string {
  return keyedToken("tegami known device v1", account.trim().toLowerCase(), 22, secret);
}

/** Whether this cookie value says the browser has signed in to `account` before. */
export function isKnownDevice(
  cookieValue: string | null | undefined,
  account: string,
  secret?: string,
): boolean {
  return tokenListHas(cookieValue, deviceToken(account, secret));
}

/** The cookie value after a successful sign-in to `account`. */
export function rememberDevice(
  cookieValue: string | null | undefined,
  account: string,
  secret?: string,
): string {
  return tokenListWith(cookieValue, deviceToken(account, secret), { max: maxAccounts });
}

/** The value of one cookie in a Cookie request header. */
export function cookieFromHeader(header: string | null, name: string): string | null {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
