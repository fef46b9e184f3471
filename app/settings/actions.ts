"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { isLanguageChoice, langCookie, langCookieMaxAgeSeconds } from "@/lib/i18n/language-choice";
import { requestIsHttps } from "@/lib/http/request-is-https";

/**
 * The language picked in Settings, remembered in the `lang` cookie; "browser" forgets it, so
 * Accept-Language decides again. A form post (Next.js refuses server actions from other
 * origins), then the settings page again, rendered in the new language.
 */
export async function setLanguageAction(form: FormData): Promise<void> {
  const choice = form.get("lang");
  if (isLanguageChoice(choice)) {
    const [jar, https] = await Promise.all([cookies(), requestIsHttps()]);
    if (choice === "browser") jar.delete(langCookie);
    else {
      jar.set(langCookie, choice, {
        httpOnly: true,
        sameSite: "lax",
        secure: https,
        path: "/",
        maxAge: langCookieMaxAgeSeconds,
      });
    }
  }
  redirect("/settings");
}
