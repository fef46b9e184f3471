"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getMailSession } from "@/lib/auth/get-mail-session";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";
import { requestIsHttps } from "@/lib/http/request-is-https";
import {
  trustedSendersCookie,
  trustedSendersMaxAgeSeconds,
  withTrustedSender,
} from "@/lib/message/trusted-senders";

export async function signOutAction(): Promise<void> {
  await signOutEverywhere();
  redirect("/login");
}

/**
 * "Always load from this sender" and its undo, from the remote-content notice: a form post
 * (Next.js refuses server actions from other origins), then back to the message.
 */
export async function setSenderTrustAction(form: FormData): Promise<void> {
  const returnTo = safeCallbackPath(form.get("returnTo"));
  const session = await getMailSession();
  if (!session) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  const sender = String(form.get("sender") ?? "").trim();
  if (sender.length > 320 || !/^[^\s@]+@[^\s@]+$/.test(sender)) redirect(returnTo);
  const [jar, https] = await Promise.all([cookies(), requestIsHttps()]);
  const current = jar.get(trustedSendersCookie)?.value;
  const trust = form.get("trust") === "1";
  jar.set(trustedSendersCookie, withTrustedSender(current, session.email, sender, trust), {
    httpOnly: true,
    sameSite: "lax",
    secure: https,
    path: "/",
    maxAge: trustedSendersMaxAgeSeconds,
  });
  redirect(returnTo);
}
