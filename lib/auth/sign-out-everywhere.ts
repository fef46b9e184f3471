import "server-only";
import { signOut } from "@/lib/auth/auth";
import { getMailSession } from "@/lib/auth/get-mail-session";
import { closeImapSessions } from "@/lib/imap/session-pool";

/** Logs the user's IMAP connections out and clears the session cookie. */
export async function signOutEverywhere(): Promise<void> {
  const session = await getMailSession();
  if (session) await closeImapSessions(session.email);
  await signOut({ redirect: false });
}
