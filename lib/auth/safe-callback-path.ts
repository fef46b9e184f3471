// Where to go after login. The value comes from the query string, so anything but a path on
// this site would make the login page an open redirect.

const maxLength = 2048;
// Any origin works: only whether the value stays on it matters.
const probeOrigin = "https://tegami.invalid";

// Raw C0 controls, space, DEL and backslash, and encoded controls (a CRLF in a Location
// header). An encoded space is fine: mailboxes are called "Sent Items".
const forbidden = /[\u0000-\u0020\u007f\\]|%(?:[01][0-9a-f]|7f)/i;

/** Paths a login must never bounce back to: the login page itself and the API. */
function isLoopOrApi(pathname: string): boolean {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // Undecodable escapes: judge the path as written.
  }
  const path = decoded.toLowerCase().replace(/\/+$/, "");
  return path === "/login" || path === "/api" || path.startsWith("/api/");
}

/** `value` when it is a path on this site (normalized), else `fallback`. */
export function safeCallbackPath(value: unknown, fallback = "/mail/INBOX"): string {
  if (typeof value !== "string" || value.length > maxLength) return fallback;
  // "//host" and "/\host" are protocol-relative URLs to browsers, not paths.
  if (!value.startsWith("/") || value.startsWith("//") || forbidden.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, probeOrigin);
  } catch {
    return fallback;
  }
  // Dot segments may normalize into "//host" ("/.//evil.test"); check what a browser would use.
  if (url.origin !== probeOrigin || url.pathname.startsWith("//")) return fallback;
  if (isLoopOrApi(url.pathname)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
