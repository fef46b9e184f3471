import { NextResponse, type NextRequest } from "next/server";
import { langCookie, langCookieMaxAgeSeconds } from "@/lib/i18n/language-choice";
import { refreshSessionCookie } from "@/lib/auth/refresh-session-cookie";
import { newNonce, pageCsp } from "@/lib/http/page-csp";

/**
 * Runs before every page: gives the response a strict CSP with a fresh nonce (Next.js reads
 * it from the request's Content-Security-Policy header and stamps its own scripts with it);
 * handles `?lang=en|ja`, which picks the UI language: remembered in a cookie and passed on
 * to this very request as a header, since the cookie is only sent from the next request on;
 * hands the page's own URL to the layouts as a header; and moves the session's idle expiry forward (server components cannot set cookies).
 */
export async function proxy(request: NextRequest) {
  const csp = pageCsp(newNonce(), { development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  const lang = request.nextUrl.searchParams.get("lang");
  if (lang === "en" || lang === "ja") requestHeaders.set("x-tegami-lang", lang);
  // Layouts see neither the query nor the path below them (app/mail/request-path.ts).
  const query = new URLSearchParams(request.nextUrl.searchParams);
  query.delete("_rsc"); // the router's cache buster, not part of the page's address
  const search = query.size > 0 ? `?${query}` : "";
  requestHeaders.set("x-tegami-url", request.nextUrl.pathname + search);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (lang === "en" || lang === "ja") {
    response.cookies.set(langCookie, lang, {
      path: "/",
      sameSite: "lax",
      httpOnly: true,
      maxAge: langCookieMaxAgeSeconds,
    });
  }
  await refreshSessionCookie(request, response);
  return response;
}

// Pages only: API routes set their own policies, and static assets need none.
export const config = {
  matcher: [
    {
      source:
        "/((?!api|_next/static|_next/image|favicon.ico|icon.svg|sw.js|sw-build.js|manifest.webmanifest|icons/).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
