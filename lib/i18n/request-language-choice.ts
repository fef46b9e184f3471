import "server-only";
import { cookies, headers } from "next/headers";
import { langCookie, languageChoiceOf, type LanguageChoice } from "@/lib/i18n/language-choice";
import { pickLang, type Lang } from "@/lib/i18n/lang";

/**
 * The language remembered for this browser (`?lang=` forwarded by the proxy wins, as it is
 * being remembered right now), and the one its Accept-Language asks for.
 */
export async function requestLanguageChoice(): Promise<{ choice: LanguageChoice; browser: Lang }> {
  const [headerList, jar] = await Promise.all([headers(), cookies()]);
  return {
    choice: languageChoiceOf(headerList.get("x-tegami-lang") ?? jar.get(langCookie)?.value),
    browser: pickLang(null, null, headerList.get("accept-language")),
  };
}
