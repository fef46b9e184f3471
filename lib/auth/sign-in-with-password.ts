import "server-only";
import { cookies } from "next/headers";
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import {
  knownDeviceCookie,
  knownDeviceMaxAgeSeconds,
  rememberDevice,
} from "@/lib/auth/known-device";
import { SignInFailed } from "@/lib/auth/sign-in-failed";
import type { SignInError, SignInState } from "@/lib/auth/sign-in-state";
import { requestIsHttps } from "@/lib/http/request-is-https";

const knownCodes = new Set<string>([
  "AUTH_FAILED",
  "SERVER_UNREACHABLE",
  "TLS_FAILED",
  "INVALID_INPUT",
]);

function failure(error: AuthError, email: string): SignInState {
  if (error instanceof SignInFailed && error.code === "THROTTLED") {
    return { error: "THROTTLED", email, retryAfterSeconds: error.retryAfterSeconds ?? 60 };
  }
  const code = error instanceof CredentialsSignin ? error.code : "";
  return {
    error: knownCodes.has(code) ? (code as Exclude<SignInError, "THROTTLED">) : "UNKNOWN",
    email,
  };
}

/**
 * Signs in with an IMAP LOGIN. Returns the failure to show, or null when the session cookie
 * is set and the caller may redirect.
 */
export async function signInWithPassword(
  email: string,
  password: string,
): Promise<SignInState | null> {
  try {
    await signIn("credentials", { email, password, redirect: false });
    await rememberThisBrowser(email);
    return null;
  } catch (error) {
    if (error instanceof AuthError) return failure(error, email);
    throw error;
  }
}

/** Marks this browser as one that signs in to `email` (see known-device.ts). */
async function rememberThisBrowser(email: string): Promise<void> {
  const [jar, https] = await Promise.all([cookies(), requestIsHttps()]);
  jar.set(knownDeviceCookie, rememberDevice(jar.get(knownDeviceCookie)?.value, email), {
    httpOnly: true,
    sameSite: "lax",
    secure: https,
    path: "/",
    maxAge: knownDeviceMaxAgeSeconds,
  });
}
