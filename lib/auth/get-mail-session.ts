import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { nowSeconds, sessionCookieNames, sessionSecondsLeft } from "@/lib/auth/session-lifetime";
import { getConfig } from "@/lib/config/config";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";

export interface MailSession {
  email: string;
  credentials: ImapCredentials;
}

/**
 * The signed-in user and their IMAP credentials, from the encrypted session cookie. The idle
 * timeout is the token's `exp` (checked by decode); the absolute lifetime is checked here.
 */
export const getMailSession = cache(async (): Promise<MailSession | null> => {
  const jar = await cookies();
  for (const name of sessionCookieNames) {
    const value = jar.get(name)?.value;
    if (!value) continue;
    try {
      const token = await decode({ token: value, secret: getConfig().authSecret, salt: name });
      if (
        typeof token?.email === "string" &&
        typeof token.imapPassword === "string" &&
        sessionSecondsLeft(token.signedInAt, nowSeconds()) > 0
      ) {
        return { email: token.email, credentials: { user: token.email, pass: token.imapPassword } };
      }
    } catch {
      // A cookie sealed with another secret, expired, or tampered with: not signed in.
    }
  }
  return null;
});
