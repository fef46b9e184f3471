import "server-only";
// A tracking pixel is a remote image whose only job is to tell the sender the message was
// opened. It is never worth loading, so it is dropped even when the reader allows remote content.
//
// The rule, deliberately conservative (a false positive hides a real image):
// 1. a declared width or height of at most 2 px (attribute, or inline style width/height/
//    max-width/max-height), or
// 2. hidden by its inline style (display:none, visibility:hidden, opacity:0), or
// 3. a URL whose last path segment is a well-known open-tracking endpoint (open, opened,
//    pixel, beacon, 1x1, optionally with .gif/.png/.jpg/.php/.aspx; "track/open"), and only
//    when the image does not declare a size larger than 2 px: a sized image is content.
import { parse as parseCss } from "postcss";

const tinyPx = 2;

const trackingSegment = /^(?:open|opened|pixel|beacon|1x1)(?:\.(?:gif|png|jpe?g|php|aspx?))?$/;
const trackingPath = /\/track(?:ing)?\/open(?:[./]|$)/;

/** A length in CSS pixels ("1", "1px", " 0 "), or null for anything else (%, em, auto). */
function pixels(value: string | undefined): number | null {
  const match = /^\s*(\d*\.?\d+)\s*(?:px)?\s*$/i.exec(value ?? "");
  return match ? Number(match[1]) : null;
}

/** The inline style's declarations, lower-cased, the last one of each property winning. */
function inlineStyle(style: string | undefined): Map<string, string> {
  const declarations = new Map<string, string>();
  if (!style) return declarations;
  try {
    parseCss(`x{${style}}`).walkDecls((decl) => {
      declarations.set(decl.prop.toLowerCase(), decl.value.toLowerCase().trim());
    });
  } catch {
    // An unparseable style is dropped by the CSS sanitizer anyway.
  }
  return declarations;
}

function hidden(style: Map<string, string>): boolean {
  const opacity = /^(\d*\.?\d+)(%?)$/.exec(style.get("opacity") ?? "");
  return (
    style.get("display") === "none" ||
    style.get("visibility") === "hidden" ||
    (opacity !== null && Number(opacity[1]) === 0)
  );
}

function trackingUrl(url: string): boolean {
  let path: string;
  try {
    path = new URL(url).pathname.toLowerCase();
  } catch {
    return false;
  }
  const last = path.split("/").filter(Boolean).at(-1) ?? "";
  return trackingSegment.test(last) || trackingPath.test(path);
}

/** Whether the remote <img> with these attributes (and absolute `url`) is a tracking pixel. */
export function isTrackingPixel(attribs: Record<string, string>, url: string): boolean {
  const style = inlineStyle(attribs.style);
  const sizes = [
    pixels(attribs.width),
    pixels(attribs.height),
    pixels(style.get("width")),
    pixels(style.get("height")),
    pixels(style.get("max-width")),
    pixels(style.get("max-height")),
  ].filter((size): size is number => size !== null);
  if (sizes.some((size) => size <= tinyPx)) return true;
  if (hidden(style)) return true;
  return sizes.length === 0 && trackingUrl(url);
}
