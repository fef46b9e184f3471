import "server-only";
// The one entry point that turns a sender's HTML into markup safe to show: an allowlist of
// tags, attributes, URL schemes and CSS, with remote images off unless the reader asked for
// them (and then only through Tegami's image proxy), tracking pixels and web fonts never.
//
// Why sanitize-html (htmlparser2) is a defensible choice where DOMPurify would need a server DOM:
// - it is an allowlist: a tag, attribute or URL scheme not named below does not pass;
// - the output is re-serialized from the parse, with text and attribute values escaped, so
//   nothing the browser could re-parse differently (mutation XSS) survives as markup: the only
//   raw-text element left is <style>, whose CSS is re-printed by postcss without any "<";
// - there is no foreign content: <svg> and <math> are dropped with everything inside them, so
//   no namespace switch can turn text into markup, and SVG animation cannot rewrite an href;
// - CSS is parsed and judged declaration by declaration (sanitize-mail-css.ts);
// - the result is a second line only: it renders in a sandboxed frame without allow-scripts,
//   under its own default-src 'none' CSP, so a gap here still runs no script.
import sanitizeHtml from "sanitize-html";
import { classifyMailUrl } from "@/lib/sanitize/classify-mail-url";
import {
  englishLinkMismatchLabel,
  finishMailLinks,
  linkMarker,
  type LinkMismatchLabel,
  type MailLink,
} from "@/lib/sanitize/finish-mail-links";
import { isTrackingPixel } from "@/lib/sanitize/is-tracking-pixel";
import { sanitizeStyleAttribute, sanitizeStyleSheet } from "@/lib/sanitize/sanitize-mail-css";

export interface SanitizeMailHtmlOptions {
  allowRemote: boolean;
  /** The URL of the inline part with this Content-ID (no angle brackets), or null if none. */
  inlineImageUrl: (contentId: string) => string | null;
  /**
   * Drop <style> sheets entirely: for HTML edited inside Tegami's own page (the composer, a
   * quoted original), where a sheet would restyle the app instead of one framed message.
   */
  dropStyleSheets?: boolean;
  /**
   * With allowRemote, where a remote image (img src, background attribute, CSS url() outside
   * @font-face) is loaded from instead: Tegami's image proxy. null drops the image.
   */
  remoteImageUrl: (url: string) => string | null;
  /**
   * The text of the marker shown after a link whose text claims another host than its href
   * (default: the English UI string, "⚠ Link goes to host"). null adds no markers: for HTML
   * the user edits (the composer, quotes, drafts), where the marker would become their text.
   */
  linkMismatchLabel?: LinkMismatchLabel;
}

export interface SanitizedMailHtml {
  html: string;
  /** Remote images, backgrounds and CSS urls that were removed because allowRemote was false. */
  remoteBlocked: number;
  /** Remote tracking pixels removed (always, whatever allowRemote); see is-tracking-pixel.ts. */
  trackers: number;
}

interface SanitizeState {
  options: SanitizeMailHtmlOptions;
  remoteBlocked: number;
  trackers: number;
  nextLink: number;
  /** The text of each link, by the marker its opening tag carries until the output is final. */
  linkTexts: Map<string, MailLink>;
}

const words = (list: string) => list.trim().split(/\s+/);

const allowedTags = words(`
  a abbr acronym address article aside b bdi bdo big blockquote br caption center cite code col
  colgroup dd del details dfn div dl dt em figcaption figure font footer h1 h2 h3 h4 h5 h6 header
  hr i img ins kbd li main mark nav ol p pre q rp rt ruby s samp section small span strike strong
  style sub summary sup table tbody td tfoot th thead time tr tt u ul var wbr`);
const allowedTagSet = new Set(allowedTags);

// Their content is not text to show: dropped with the tag. The rest of a dropped tag (form,
// button, html, body) keeps its text.
const nonTextTags = words(`
  script style textarea option select noscript title template iframe frame frameset noframes
  noembed object applet svg math xmp`);

const blockedMarker = "data-remote-blocked";
const backgroundTags = new Set(["table", "tr", "td", "th", "div"]);
const cellAttributes = ["colspan", "rowspan", "nowrap", "background", "headers", "scope", "abbr"];

const allowedAttributes: Record<string, string[]> = {
  "*": ["align", "valign", "width", "height", "bgcolor", "style", "class", "id", "dir", "lang"],
  a: ["href", "target", "rel", "title", linkMarker],
  img: ["src", "alt", "title", "border", "hspace", "vspace", blockedMarker],
  font: ["color", "face", "size"],
  table: ["border", "cellpadding", "cellspacing", "background", "frame", "rules", "summary"],
  td: cellAttributes,
  th: cellAttributes,
  tr: ["background"],
  div: ["background"],
  col: ["span"],
  colgroup: ["span"],
  ol: ["start", "type", "reversed"],
  ul: ["type"],
  li: ["value", "type"],
  hr: ["size", "noshade", "color"],
  blockquote: ["type"],
  abbr: ["title"],
  acronym: ["title"],
  time: ["datetime"],
  del: ["datetime"],
  ins: ["datetime"],
  // Without its media, a print-only stylesheet would apply on screen.
  style: ["media"],
};
for (const tag of backgroundTags) allowedAttributes[tag]?.push(blockedMarker);

const dataImage = /^data:image\/(?:png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;
const dataFont =
  /^data:(?:font\/[a-z0-9.+-]+|application\/(?:font-woff2?|x-font-[a-z]+));base64,[a-z0-9+/=\s]*$/i;

/** An image (or, in @font-face, font) source: a usable URL, "blocked" (remote), or null. */
function resolveSource(raw: string, state: SanitizeState, font = false): string | "blocked" | null {
  const target = classifyMailUrl(raw);
  switch (target.kind) {
    case "cid":
      return font ? null : state.options.inlineImageUrl(target.contentId);
    case "data":
      return (font ? dataFont : dataImage).test(target.url) ? target.url : null;
    case "remote":
      // Remote fonts never load, not even with consent: the proxy serves images only, and a
      // font (unicode-range) can report which characters the message displayed.
      if (font) return null;
      return state.options.allowRemote ? state.options.remoteImageUrl(target.url) : "blocked";
    default:
      return null;
  }
}

/** Drops a remote <img> that is a tracking pixel (all of it, alt text too) and counts it. */
function dropTracker(attribs: sanitizeHtml.Attributes, state: SanitizeState): boolean {
  const target = attribs.src === undefined ? null : classifyMailUrl(attribs.src);
  if (target?.kind !== "remote" || !isTrackingPixel(attribs, target.url)) return false;
  // With no src, no alt and no blocked marker, the exclusive filter removes the element.
  for (const name of ["src", "alt", "title"]) delete attribs[name];
  state.trackers += 1;
  return true;
}

/** Sets `attribs[name]` to a usable image source, or removes it (marking a blocked remote one). */
function rewriteImageAttribute(
  attribs: sanitizeHtml.Attributes,
  name: string,
  state: SanitizeState,
): void {
  const raw = attribs[name];
  if (raw === undefined) return;
  const source = resolveSource(raw, state);
  if (source !== null && source !== "blocked") {
    attribs[name] = source;
    return;
  }
  delete attribs[name];
  if (source === "blocked") {
    state.remoteBlocked += 1;
    attribs[blockedMarker] = "";
  }
}

function linkAttributes(
  attribs: sanitizeHtml.Attributes,
  state: SanitizeState,
): sanitizeHtml.Attributes {
  const { href: raw, ...rest } = attribs;
  // A sender's title could lie about the target, and target/rel are ours to set.
  for (const name of ["title", "target", "rel"]) delete rest[name];
  const target = raw === undefined ? null : classifyMailUrl(raw);
  if (target?.kind !== "remote" && target?.kind !== "contact") return rest;
  const marker = String(state.nextLink++);
  state.linkTexts.set(marker, { href: target.url, text: "" });
  // The title shows the real target; it is removed again if the link text already says it.
  return {
    ...rest,
    href: target.url,
    target: "_blank",
    rel: "noopener noreferrer",
    title: target.url,
    [linkMarker]: marker,
  };
}

function rewriteAttributes(tag: string, attribs: sanitizeHtml.Attributes, state: SanitizeState) {
  // Disallowed tags are dropped anyway; do not count what would never have loaded.
  if (!allowedTagSet.has(tag)) return attribs;
  // The markers are ours: a sender's copy must not survive to steer the output.
  const rewritten = { ...attribs };
  delete rewritten[linkMarker];
  delete rewritten[blockedMarker];
  if (tag === "img" && !dropTracker(rewritten, state))
    rewriteImageAttribute(rewritten, "src", state);
  if (backgroundTags.has(tag)) rewriteImageAttribute(rewritten, "background", state);
  if (rewritten.style !== undefined) {
    const style = sanitizeStyleAttribute(rewritten.style, (raw, font) =>
      resolveSource(raw, state, font),
    );
    state.remoteBlocked += style.remoteBlocked;
    if (style.css === null) delete rewritten.style;
    else rewritten.style = style.css;
  }
  return tag === "a" ? linkAttributes(rewritten, state) : rewritten;
}

/** Sanitizes one HTML body by allowlist. Never throws on malformed markup. */
export function sanitizeMailHtml(
  html: string,
  options: SanitizeMailHtmlOptions,
): SanitizedMailHtml {
  const state: SanitizeState = {
    options,
    remoteBlocked: 0,
    trackers: 0,
    nextLink: 0,
    linkTexts: new Map(),
  };
  const imageSchemes = ["http", "https", "data"];
  const fragment = sanitizeHtml(html, {
    allowedTags,
    allowedAttributes,
    nonTextTags,
    // <style> content is rewritten below by sanitizeStyleSheet before it reaches any document.
    allowVulnerableTags: true,
    allowedSchemes: ["http", "https", "mailto", "tel"],
    allowedSchemesByTag: Object.fromEntries([
      ["img", imageSchemes],
      ...[...backgroundTags].map((t) => [t, imageSchemes]),
    ]),
    allowedSchemesAppliedToAttributes: ["href", "src", "background", "cite"],
    allowProtocolRelative: false,
    nestingLimit: 256,
    transformTags: {
      // The message's <body> attributes (bgcolor, background, style) live on in a <div>.
      body: (_tag, attribs) => ({ tagName: "div", attribs }),
      "*": (tagName, attribs) => ({ tagName, attribs: rewriteAttributes(tagName, attribs, state) }),
    },
    exclusiveFilter: (frame) => {
      const marker = frame.attribs[linkMarker];
      const link = marker === undefined ? undefined : state.linkTexts.get(marker);
      if (frame.tag === "a" && link) link.text = frame.text;
      // An image left with no source, no alt text and nothing blocked shows nothing at all.
      const { src, alt } = frame.attribs;
      return frame.tag === "img" && !src && !alt && !(blockedMarker in frame.attribs);
    },
  });
  // Style sheets first: once their CSS is re-printed without "<", every "<a" left is a tag.
  const withStyles = fragment.replace(
    /<style\b([^>]*)>([\s\S]*?)<\/style>/g,
    (_, attributes: string, css: string) => {
      if (options.dropStyleSheets) return "";
      const clean = sanitizeStyleSheet(css, (raw, font) => resolveSource(raw, state, font));
      state.remoteBlocked += clean.remoteBlocked;
      const media = /^ media="[^"]*"$/.test(attributes) ? attributes : "";
      return clean.css === null ? "" : `<style${media}>${clean.css}</style>`;
    },
  );
  const label =
    options.linkMismatchLabel === undefined ? englishLinkMismatchLabel : options.linkMismatchLabel;
  return {
    html: finishMailLinks(withStyles, state.linkTexts, label),
    remoteBlocked: state.remoteBlocked,
    trackers: state.trackers,
  };
}
