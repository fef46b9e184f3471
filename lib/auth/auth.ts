import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authorizeCredentials, type SessionUser } from "@/lib/auth/authorize-credentials";
import {
  nowSeconds,
  sessionIdleSeconds,
  sessionRefreshAfterSeconds,
  sessionSecondsLeft,
} from "@/lib/auth/session-lifetime";
import { getConfig } from "@/lib/config/config";
import { writeLog } from "@/server/log-line.mjs";

// A function, so the configuration is read at the first request and not while building.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  trustHost: true,
  // The session is a JWE (dir + A256CBC-HS512, keyed from AUTH_SECRET) in an httpOnly,
  // SameSite=Lax cookie, so any Tegami process can reopen the IMAP session after a restart.
  // Each sign-in seals a new one (fresh IV and jti). Its `exp` is the idle timeout, moved
  // forward by proxy.ts (refresh-session-cookie); `signedInAt` caps the whole lifetime.
  session: { strategy: "jwt", maxAge: sessionIdleSeconds, updateAge: sessionRefreshAfterSeconds },
  // Secure cookies when served over https: Auth.js sees that from X-Forwarded-Proto (trustHost;
  // the TLS proxy must set it), and PUBLIC_URL=https://… forces them whatever the proxy says.
  useSecureCookies: getConfig().publicUrl?.protocol === "https:" || undefined,
  pages: { signIn: "/login" },
  // A wrong password is an answer for the user, not an incident for the operator's log.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin) return;
      writeLog("error", "auth.error", { error: error.name, message: error.message });
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: authorizeCredentials,
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      const now = nowSeconds();
      if (user) {
        const signedIn = user as Partial<SessionUser>;
        token.email = signedIn.email;
        token.imapPassword = signedIn.imapPassword;
        token.signedInAt = now;
      }
      // Past its absolute lifetime the session ends, on Auth.js's own routes as well.
      return sessionSecondsLeft(token.signedInAt, now) > 0 ? token : null;
    },
    // Only the address leaves the server (/api/auth/session); the password stays in the token.
    session({ session, token }) {
      return { ...session, user: { id: String(token.email), email: String(token.email) } };
    },
  },
}));
