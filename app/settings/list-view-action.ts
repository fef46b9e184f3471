"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getMailSession } from "@/lib/auth/get-mail-session";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";
import { requestIsHttps } from "@/lib/http/request-is-https";
import { listViewCookie, listViewMaxAgeSeconds, parseListView } from "@/lib/settings/list-view";

/**
 * The Conversation view switch: a form post (Next.js refuses server actions from other
 * origins) that remembers the choice in a cookie, so the server renders the list that way.
 */
export async function setListViewAction(form: FormData): Promise<void> {
  const returnTo = safeCallbackPath(form.get("returnTo"));
  if (!(await getMailSession())) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  const view = parseListView(String(form.get("view") ?? ""));
  const [jar, https] = await Promise.all([cookies(), requestIsHttps()]);
  jar.set(listViewCookie, view, {
    httpOnly: true,
    sameSite: "lax",
    secure: https,
    path: "/",
    maxAge: listViewMaxAgeSeconds,
  });
  redirect(returnTo);
}
