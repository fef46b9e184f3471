import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { verifyCredentials } from "@/lib/imap/verify-credentials";
import { MailError } from "@/lib/mail/mail-error";

/** A sign-in failure that carries our code (AUTH_FAILED, SERVER_UNREACHABLE, TLS_FAILED, …). */
export class SignInFailed extends CredentialsSignin {
  constructor(code: string) {
    super(code);
    this.code = code;
  }
}

const signInInput = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});

/** What the encrypted session cookie holds: the address and the IMAP password, never sent to JS. */
interface SessionUser {
  id: string;
  email: string;
  imapPassword: string;
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // The session is a JWE (dir + A256CBC-HS512, keyed from AUTH_SECRET) in an httpOnly,
  // SameSite=Lax cookie, so any Tegami process can reopen the IMAP session after a restart.
  session: { strategy: "jwt", maxAge: 14 * 24 * 60 * 60 },
  pages: { signIn: "/login" },
  // A wrong password is an answer for the user, not an incident for the operator's log.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(input): Promise<SessionUser> {
        const parsed = signInInput.safeParse(input);
        if (!parsed.success) throw new SignInFailed("INVALID_INPUT");
        const { email, password } = parsed.data;
        try {
          await verifyCredentials({ user: email, pass: password });
        } catch (error) {
          throw new SignInFailed(error instanceof MailError ? error.code : "UNKNOWN");
        }
        return { id: email, email, imapPassword: password };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const signedIn = user as Partial<SessionUser>;
        token.email = signedIn.email;
        token.imapPassword = signedIn.imapPassword;
      }
      return token;
    },
    // Only the address leaves the server (/api/auth/session); the password stays in the token.
    session({ session, token }) {
      return { ...session, user: { id: String(token.email), email: String(token.email) } };
    },
  },
});
