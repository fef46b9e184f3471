import "server-only";
// What a URL in mail points at, read the way a browser reads it (WHATWG URL), so that the
// sanitizer decides on the same target the frame would load or open.

export type MailUrlTarget =
  | { kind: "remote"; url: string }
  | { kind: "cid"; contentId: string }
  | { kind: "data"; url: string }
  | { kind: "contact"; url: string }
  | { kind: "unusable" };

const relativeBase = new URL("https://relative.invalid/");

/** Classifies an attribute value or CSS url() as remote, cid:, data:, mailto:/tel: or unusable. */
export function classifyMailUrl(raw: string): MailUrlTarget {
  // Browsers trim C0 controls and spaces, and drop tabs and newlines anywhere ("java\tscript:").
  const value = raw.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
  if (!value || /[\u0000-\u001f\u007f]/.test(value)) return { kind: "unusable" };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme === "cid") {
    // RFC 2392: a cid URL is the Content-ID, URL-encoded, without the angle brackets.
    let contentId = value.slice(4);
    try {
      contentId = decodeURIComponent(contentId);
    } catch {
      // Keep the undecodable form; it will simply not match a part.
    }
    return { kind: "cid", contentId: contentId.replace(/^<|>$/g, "") };
  }
  if (scheme === "data") return { kind: "data", url: value };
  if (scheme === "mailto" || scheme === "tel") return { kind: "contact", url: value };
  if (scheme !== undefined && scheme !== "http" && scheme !== "https") return { kind: "unusable" };
  let url: URL;
  try {
    url = new URL(value, relativeBase);
  } catch {
    return { kind: "unusable" };
  }
  // Relative URLs would resolve against Tegami itself (a GET to our own API): never useful.
  if (url.origin === relativeBase.origin) return { kind: "unusable" };
  return { kind: "remote", url: url.href };
}
