import "server-only";
import { notFound, redirect } from "next/navigation";
import { getMailSession, type MailSession } from "@/lib/auth/get-mail-session";
import { MailError } from "@/lib/mail/mail-error";
import { requestPath } from "./request-path";

async function signIn(): Promise<never> {
  redirect(`/login?callbackUrl=${encodeURIComponent(await requestPath())}`);
}

/** The signed-in user's session, or off to the sign-in page (which comes back here). */
export async function requireMailSession(): Promise<MailSession> {
  return (await getMailSession()) ?? signIn();
}

/**
 * Runs a mail page's reads: a password changed on the server sends the user to sign in again,
 * a mailbox or message that does not exist is the not-found page, anything else the error page.
 */
export async function loadMail<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof MailError)) throw error;
    if (error.code === "AUTH_FAILED") return signIn();
    if (error.status === 404) notFound();
    throw error;
  }
}
