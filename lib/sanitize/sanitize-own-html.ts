import "server-only";
import { sanitizeMailHtml } from "@/lib/sanitize/sanitize-mail-html";

/**
 * The user's own HTML (the composer's body, a reopened draft) through the one sanitizer. It is
 * edited inside Tegami's page, so style sheets never pass; its remote images keep their own
 * URLs (they are the user's, not a sender's, and go out in the message as written); no
 * link-mismatch markers are written into what the user will send.
 */
export function sanitizeOwnHtml(html: string): string {
  return sanitizeMailHtml(html, {
    allowRemote: true,
    inlineImageUrl: () => null,
    remoteImageUrl: (url) => url,
    dropStyleSheets: true,
    linkMismatchLabel: null,
  }).html;
}
