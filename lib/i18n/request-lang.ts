import "server-only";
import { cookies, headers } from "next/headers";
import { pickLang, type Lang } from "@/lib/i18n/lang";
import { langCookie } from "@/lib/i18n/language-choice";

/** The UI language of this request: ?lang= (forwarded by the proxy), the cookie, then Accept-Language. */
export async function requestLang(): Promise<Lang> {
  const [headerList, jar] = await Promise.all([headers(), cookies()]);
  return pickLang(
    headerList.get("x-tegami-lang"),
    jar.get(langCookie)?.value,
    headerList.get("accept-language"),
  );
}
