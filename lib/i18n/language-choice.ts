// What the reader chose in Settings: a language, or none (follow the browser). Client-safe.
import { isLang, type Lang } from "@/lib/i18n/lang";

export type LanguageChoice = Lang | "browser";

/** The cookie that remembers a chosen language; absent means "follow Accept-Language". */
export const langCookie = "lang";
export const langCookieMaxAgeSeconds = 365 * 24 * 60 * 60;

export function isLanguageChoice(value: unknown): value is LanguageChoice {
  return value === "browser" || isLang(value);
}

/** The choice a `lang` cookie (or `?lang=`) stands for; anything else is no choice. */
export function languageChoiceOf(value: string | null | undefined): LanguageChoice {
  return isLang(value) ? value : "browser";
}
