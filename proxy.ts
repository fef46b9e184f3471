import { NextResponse, type NextRequest } from "next/server";

// `?lang=en|ja` picks the UI language: remembered in a cookie and passed on to this very
// request as a header, since the cookie is only sent from the next request on.
export function proxy(request: NextRequest) {
  const lang = request.nextUrl.searchParams.get("lang");
  if (lang !== "en" && lang !== "ja") return NextResponse.next();
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-tegami-lang", lang);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.cookies.set("lang", lang, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 60 * 60 });
  return response;
}

export const config = { matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"] };
