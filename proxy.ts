import { NextResponse, type NextRequest } from "next/server";
import { refreshSessionCookie } from "@/lib/auth/refresh-session-cookie";

export async function proxy(request: NextRequest) {
  const response = languageResponse(request);
  await refreshSessionCookie(request, response);
  return response;
}

// `?lang=en|ja` picks the UI language: remembered in a cookie and passed on to this very
// request as a header, since the cookie is only sent from the next request on.
function languageResponse(request: NextRequest): NextResponse {
  const lang = request.nextUrl.searchParams.get("lang");
  if (lang !== "en" && lang !== "ja") return NextResponse.next();
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-tegami-lang", lang);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.cookies.set("lang", lang, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 60 * 60 });
  return response;
}

export const config = { matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"] };
