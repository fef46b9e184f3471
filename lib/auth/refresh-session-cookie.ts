import "server-only";
import { decode, encode } from "next-auth/jwt";
import type { NextRequest, NextResponse } from "next/server";
import {
  nowSeconds,
  sessionCookieNames,
  sessionRefreshAfterSeconds,
  sessionSecondsLeft,
} from "@/lib/auth/session-lifetime";
import { getConfig } from "@/lib/config/config";

/**
 * Moves the session's idle timeout forward on a page visit: re-seals the cookie with a new
 * expiry (capped by the absolute lifetime) at most once per `sessionRefreshAfterSeconds`, and
 * drops a cookie whose lifetime is over. Called from proxy.ts, since server components cannot
 * set cookies. Only on GET and HEAD: a server action (sign-in, sign-out) sets the cookie itself
 * and must not have its answer overwritten here.
 */
export async function refreshSessionCookie(
  request: NextRequest,
  response: NextResponse,
  secret = getConfig().authSecret,
): Promise<void> {
  if (request.method !== "GET" && request.method !== "HEAD") return;
  for (const name of sessionCookieNames) {
    const value = request.cookies.get(name)?.value;
    if (!value) continue;
    const token = await decode({ token: value, secret, salt: name }).catch(() => null);
    if (!token) return;
    const now = nowSeconds();
    const secondsLeft = sessionSecondsLeft(token.signedInAt, now);
    if (secondsLeft === 0) {
      response.cookies.delete(name);
      return;
    }
    if (typeof token.iat === "number" && now - token.iat < sessionRefreshAfterSeconds) return;
    // encode stamps a new iat, exp and jti.
    const claims = { ...token };
    delete claims.iat;
    delete claims.exp;
    delete claims.jti;
    const sealed = await encode({ token: claims, secret, salt: name, maxAge: secondsLeft });
    response.cookies.set(name, sealed, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: name.startsWith("__Secure-"),
      maxAge: secondsLeft,
    });
    return;
  }
}
