import "server-only";
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { SignInFailed } from "@/lib/auth/sign-in-failed";
import type { SignInError, SignInState } from "@/lib/auth/sign-in-state";

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
    return null;
  } catch (error) {
    if (error instanceof AuthError) return failure(error, email);
    throw error;
  }
}
