// How long a session lives: it ends after a week without use (each page visit moves that
// forward) and, however active, a month after sign-in. Client-safe constants and arithmetic,
// shared by Auth.js (sign-in), the proxy (refresh) and getMailSession (the check).

/** Auth.js names the session cookie by whether the site is served over https. */
export const sessionCookieNames = [
  "__Secure-authjs.session-token",
  "authjs.session-token",
] as const;

export const sessionIdleSeconds = 7 * 24 * 60 * 60;
export const sessionAbsoluteSeconds = 30 * 24 * 60 * 60;
/** A session cookie is re-issued (with a new expiry) at most this often. */
export const sessionRefreshAfterSeconds = 60 * 60;

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

/**
 * Seconds the session may still live if used now: the idle timeout from now, but never past
 * the absolute lifetime. 0 when it is over, or when the token does not say when it began.
 */
export function sessionSecondsLeft(signedInAt: unknown, now: number): number {
  if (typeof signedInAt !== "number" || !Number.isFinite(signedInAt) || signedInAt > now + 60) {
    return 0;
  }
  return Math.max(0, Math.min(sessionIdleSeconds, signedInAt + sessionAbsoluteSeconds - now));
}
