// The UI languages and how a request picks one. Client-safe.

export type Lang = "en" | "ja";

export const langs: readonly Lang[] = ["en", "ja"];

export const defaultLang: Lang = "en";

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (langs as readonly string[]).includes(value);
}

/** "ja-JP", "JA" or "ja" → "ja"; anything we do not ship → null. */
function toLang(tag: string | null | undefined): Lang | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return isLang(primary) ? primary : null;
}

/** The best of our languages in an Accept-Language header (RFC 9110 §12.5.4), or null. */
function fromAcceptLanguage(header: string): Lang | null {
  const ranges = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.split(";");
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const q = qParam === undefined ? 1 : Number(qParam.slice(2));
      return { lang: toLang(tag), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((range) => range.lang !== null && range.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranges[0]?.lang ?? null;
}

/** `?lang=` wins, then the cookie, then Accept-Language by q-weight; default English. */
export function pickLang(
  query: string | null | undefined,
  cookie: string | null | undefined,
  acceptLanguage: string | null | undefined,
): Lang {
  return (
    toLang(query) ??
    toLang(cookie) ??
    (acceptLanguage ? fromAcceptLanguage(acceptLanguage) : null) ??
    defaultLang
  );
}
