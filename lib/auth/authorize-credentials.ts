import "server-only";
import { z } from "zod";
import { cookieFromHeader, isKnownDevice, knownDeviceCookie } from "@/lib/auth/known-device";
import { SignInFailed } from "@/lib/auth/sign-in-failed";
import { getSignInThrottle } from "@/lib/auth/sign-in-throttle";
import { getConfig } from "@/lib/config/config";
import { clientAddress } from "@/lib/http/client-address";
import { verifyCredentials } from "@/lib/imap/verify-credentials";
import { MailError } from "@/lib/mail/mail-error";

const signInInput = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});

/** What the encrypted session cookie holds: the address and the IMAP password, never sent to JS. */
export interface SessionUser {
  id: string;
  email: string;
  imapPassword: string;
}

/**
 * The Credentials provider's check, for the sign-in form and Auth.js's own callback route
 * alike: throttled per account and client address, then an IMAP LOGIN that tells the server
 * the client's address. A throttled attempt never reaches the server. Whether the account
 * exists changes neither the answer nor the counting: the server says "wrong" for both.
 */
export async function authorizeCredentials(
  input: Partial<Record<string, unknown>>,
  request: Request,
): Promise<SessionUser> {
  const parsed = signInInput.safeParse(input);
  if (!parsed.success) throw new SignInFailed("INVALID_INPUT");
  const { email, password } = parsed.data;
  const address = clientAddress(request.headers, getConfig().trustedProxies);
  const device = cookieFromHeader(request.headers.get("cookie"), knownDeviceCookie);
  const attempt = await getSignInThrottle().begin(email, address, {
    knownDevice: isKnownDevice(device, email),
  });
  if (!attempt.allowed) throw new SignInFailed("THROTTLED", attempt.retryAfterSeconds);
  try {
    // The connection stays open as the user's pooled one: the mailbox shows without a 2nd LOGIN.
    await verifyCredentials(
      { user: email, pass: password },
      { clientAddress: address, keep: true },
    );
  } catch (error) {
    const code = error instanceof MailError ? error.code : "UNKNOWN";
    await attempt.finish(code === "AUTH_FAILED" ? "failure" : "error");
    throw new SignInFailed(code);
  }
  await attempt.finish("success");
  return { id: email, email, imapPassword: password };
}
