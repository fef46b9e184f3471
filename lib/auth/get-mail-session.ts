import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { getConfig } from "@/lib/config/config";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";

export interface MailSession {
  email: string;
  credentials: ImapCredentials;
}

// Auth.js names the cookie by whether the site is served over https.
const sessionCookies = ["__Secure-authjs.session-token", "authjs.session-token"];

/** The signed-in user and their IMAP credentials, from the encrypted session cookie. */
export const getMailSession = cache(async (): Promise<MailSession | null> => {
  const jar = await cookies();
  for (const name of sessionCookies) {
    const value = jar.get(name)?.value;
    if (!value) continue;
    try {
      const token = await decode({ token: value, secret: getConfig().authSecret, salt: name });
      if (typeof token?.email === "string" && typeof token.imapPassword === "string") {
        return { email: token.email, credentials: { user: token.email, pass: token.imapPassword } };
      }
    } catch {
      // A cookie sealed with another secret, expired, or tampered with: not signed in.
    }
  }
  return null;
});
