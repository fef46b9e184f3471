import "server-only";
import { getConfig } from "@/lib/config/config";
import { MailError } from "@/lib/mail/mail-error";

function originOf(value: string): string | null {
  try {
    const origin = new URL(value).origin;
    // Opaque origins ("null" from sandboxed frames, file: URLs) are never our own.
    return origin === "null" ? null : origin;
  } catch {
    return null;
  }
}

/** The origin this request was sent to, as the browser saw it (a TLS proxy sets X-Forwarded-Proto). */
function ownOrigin(request: Request): string | null {
  const url = new URL(request.url);
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  const protocol =
    forwarded === "http" || forwarded === "https" ? forwarded : url.protocol.slice(0, -1);
  const host = request.headers.get("host") ?? url.host;
  return originOf(`${protocol}://${host}`);
}

/**
 * Refuses a cross-site request (CSRF) before it can change mail. The session cookie is
 * SameSite=Lax, which still lets same-site pages and some top-level navigations carry it, so
 * mutations also check where the request came from: the `Origin` header (RFC 6454 §7) must be
 * this site's own (or PUBLIC_URL's), or, where a browser sent none, Fetch Metadata must say
 * `same-origin`. Only JSON is accepted: an HTML form cannot send it, and a cross-site fetch
 * that does needs a CORS preflight this app never grants.
 */
export function assertSameOrigin(
  request: Request,
  publicUrl: URL | null = getConfig().publicUrl,
): void {
  const mediaType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/json") {
    throw new MailError("FORBIDDEN", "Send the request as JSON (Content-Type: application/json).");
  }
  assertOwnOrigin(request, publicUrl);
}

/**
 * The Origin (or Fetch Metadata) half of assertSameOrigin, for requests whose body cannot be
 * JSON (a file upload): those must carry a header an HTML form cannot set instead.
 */
export function assertOwnOrigin(
  request: Request,
  publicUrl: URL | null = getConfig().publicUrl,
): void {
  const origin = request.headers.get("origin");
  if (origin === null) {
    if (request.headers.get("sec-fetch-site") === "same-origin") return;
    throw new MailError("FORBIDDEN", "This request did not come from Tegami.");
  }
  const from = originOf(origin);
  if (from && (from === ownOrigin(request) || from === publicUrl?.origin)) return;
  throw new MailError("FORBIDDEN", "This request came from another site.");
}
