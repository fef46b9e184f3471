import "server-only";
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import type { SignInState } from "@/lib/auth/sign-in-state";

const knownCodes = new Set<SignInState["error"]>([
  "AUTH_FAILED",
  "SERVER_UNREACHABLE",
  "TLS_FAILED",
  "INVALID_INPUT",
]);

function failureCode(error: unknown): NonNullable<SignInState["error"]> {
  const code = error instanceof CredentialsSignin ? (error.code as SignInState["error"]) : null;
  return code && knownCodes.has(code) ? code : "UNKNOWN";
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
    if (error instanceof AuthError) return { error: failureCode(error), email };
    throw error;
  }
}
