import "server-only";
// The one entry point that turns a sender's HTML into markup safe to show: an allowlist of
// tags, attributes, URL schemes and CSS, with remote content (tracking pixels, web fonts) off
// unless the reader asked for it. The result is shown in the sandboxed frame document.
import { CssSyntaxError, parse as parseCss, type AtRule, type Container, type Root } from "postcss";
import sanitizeHtml from "sanitize-html";

export interface SanitizeMailHtmlOptions {
  allowRemote: boolean;
  /** The URL of the inline part with this Content-ID (no angle brackets), or null if none. */
  inlineImageUrl: (contentId: string) => string | null;
}

export interface SanitizedMailHtml {
  html: string;
  /** Remote images, backgrounds and CSS urls that were removed because allowRemote was false. */
  remoteBlocked: number;
}

interface SanitizeState {
  options: SanitizeMailHtmlOptions;
  remoteBlocked: number;
  nextLink: number;
  /** The text of each link, by the marker its opening tag carries until the output is final. */
  linkTexts: Map<string, { href: string; text: string }>;
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

const linkMarker = "data-tegami-link";
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

type UrlTarget =
  | { kind: "remote"; url: string }
  | { kind: "cid"; contentId: string }
  | { kind: "data"; url: string }
  | { kind: "contact"; url: string }
  | { kind: "unusable" };

const relativeBase = new URL("https://relative.invalid/");

/** What a URL attribute or CSS url() points at, read the way a browser reads it (WHATWG URL). */
function classifyUrl(raw: string): UrlTarget {
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

const dataImage = /^data:image\/(?:png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;
const dataFont =
  /^data:(?:font\/[a-z0-9.+-]+|application\/(?:font-woff2?|x-font-[a-z]+));base64,[a-z0-9+/=\s]*$/i;

/** An image (or, in @font-face, font) source: a usable URL, "blocked" (remote), or null. */
function resolveSource(raw: string, state: SanitizeState, font = false): string | "blocked" | null {
  const target = classifyUrl(raw);
  switch (target.kind) {
    case "cid":
      return font ? null : state.options.inlineImageUrl(target.contentId);
    case "data":
      return (font ? dataFont : dataImage).test(target.url) ? target.url : null;
    case "remote":
      return state.options.allowRemote ? target.url : "blocked";
    default:
      return null;
  }
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

function decodeCssEscapes(text: string): string {
  return text.replace(
    /\\([0-9a-f]{1,6})[ \t\n\r\f]?|\\([\s\S])/gi,
    (_, hex?: string, char?: string) => {
      if (!hex) return char ?? "";
      const code = parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\ufffd";
    },
  );
}

// Script in CSS (old IE), XBL bindings, imports, functions that load URLs given as strings,
// and positioning that lets mail overlay its own content (fake banners, click-jacking).
const forbiddenCss =
  /expression\(|javascript:|vbscript:|behavior|-moz-binding|@import|image-set\(|image\(|cross-fade\(|element\(|(?:^|[^a-z-])src\(|^position:.*(?:fixed|absolute|sticky)/;
const cssUrl = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)/gi;

/** The declaration's value made safe, or null to drop it. Counts blocked remote URLs. */
function cleanDeclaration(
  prop: string,
  value: string,
  state: SanitizeState,
  font: boolean,
): string | null {
  // Comments are recognized before escapes are decoded (CSS Syntax §4.3), so strip them first;
  // then judge both the text as written and as decoded ("u\72l(" is "url(").
  const text = `${prop}:${value}`.replace(/\/\*[\s\S]*?\*\//g, "");
  const squash = (css: string) => css.toLowerCase().replace(/\s+/g, "");
  const written = squash(text);
  const decoded = squash(decodeCssEscapes(text));
  if (forbiddenCss.test(written) || forbiddenCss.test(decoded)) return null;
  if (!written.includes("url(") && !decoded.includes("url(")) return value;
  // An escaped url(...) could hide what it loads from our matcher; no real mail needs that.
  if (value.includes("\\")) return null;
  const urls = [...value.matchAll(cssUrl)];
  if (urls.length !== written.split("url(").length - 1) return null;
  const sources = urls.map((match) =>
    resolveSource(match[1] ?? match[2] ?? match[3] ?? "", state, font),
  );
  const blocked = sources.filter((source) => source === "blocked").length;
  state.remoteBlocked += blocked;
  if (blocked > 0 || sources.includes(null)) return null;
  let index = 0;
  return value.replace(cssUrl, () => `url("${String(sources[index++])}")`);
}

/** A style attribute with only the declarations that pass; null when none is left. */
function cleanStyleAttribute(style: string, state: SanitizeState): string | null {
  let rule;
  try {
    rule = parseCss(`x{${style}}`).first;
  } catch {
    return null;
  }
  if (rule?.type !== "rule") return null;
  const kept: string[] = [];
  rule.each((node) => {
    if (node.type !== "decl") return;
    const value = cleanDeclaration(node.prop, node.value, state, false);
    if (value !== null) kept.push(`${node.prop}:${value}${node.important ? " !important" : ""}`);
  });
  return kept.length ? kept.join(";") : null;
}

const allowedAtRules = new Set(words("media supports font-face keyframes -webkit-keyframes page"));

/**
 * Mail CSS is often sloppy and postcss is strict: close unclosed blocks and drop stray "}"
 * instead of losing the whole stylesheet; anything else unparseable is dropped (null).
 */
function parseStyleSheet(css: string): Root | null {
  let source = css.replace(/<!--|-->/g, ""); // legacy HTML comment markers around styles
  for (let attempt = 0; attempt < 32; attempt++) {
    try {
      return parseCss(source);
    } catch (error) {
      if (!(error instanceof CssSyntaxError)) return null;
      const offset = error.input?.offset;
      if (error.reason === "Unclosed block") source += "}";
      else if (error.reason === "Unexpected }" && offset !== undefined) {
        source = source.slice(0, offset) + source.slice(offset + 1);
      } else return null;
    }
  }
  return null;
}

/** Removes rules and at-rules left without content, innermost first. */
function removeEmpty(container: Container): void {
  container.each((node) => {
    if (node.type !== "rule" && node.type !== "atrule") return;
    if (node.nodes) removeEmpty(node);
    // A @font-face without src loads nothing and only renames fonts.
    const fontWithoutSource =
      node.type === "atrule" &&
      node.name.toLowerCase() === "font-face" &&
      !node.some((child) => child.type === "decl" && child.prop.toLowerCase() === "src");
    if ((node.nodes && node.nodes.length === 0) || fontWithoutSource) node.remove();
  });
}

/** A <style> block's CSS with unsafe rules and declarations removed; "" when unparseable. */
function cleanStyleSheet(css: string, state: SanitizeState): string {
  const root = parseStyleSheet(css);
  if (!root) return "";
  root.walkComments((comment) => {
    comment.remove();
  });
  root.walkAtRules((atRule) => {
    if (!allowedAtRules.has(atRule.name.toLowerCase())) atRule.remove();
  });
  root.walkDecls((decl) => {
    const parent = decl.parent;
    const font = parent?.type === "atrule" && (parent as AtRule).name.toLowerCase() === "font-face";
    const value = cleanDeclaration(decl.prop, decl.value, state, font);
    if (value === null) {
      decl.remove();
      return;
    }
    decl.value = value;
    // Print exactly the value that was judged, not postcss's raw copy of the source.
    delete decl.raws.value;
  });
  removeEmpty(root);
  // No "<" may reach the document inside <style>, so nothing in it can read as "</style>".
  return root.toString().replace(/</g, "\\3c ").trim();
}

function linkAttributes(
  attribs: sanitizeHtml.Attributes,
  state: SanitizeState,
): sanitizeHtml.Attributes {
  const { href: raw, ...rest } = attribs;
  // A sender's title could lie about the target, and target/rel are ours to set.
  for (const name of ["title", "target", "rel"]) delete rest[name];
  const target = raw === undefined ? null : classifyUrl(raw);
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
  if (tag === "img") rewriteImageAttribute(rewritten, "src", state);
  if (backgroundTags.has(tag)) rewriteImageAttribute(rewritten, "background", state);
  if (rewritten.style !== undefined) {
    const style = cleanStyleAttribute(rewritten.style, state);
    if (style === null) delete rewritten.style;
    else rewritten.style = style;
  }
  return tag === "a" ? linkAttributes(rewritten, state) : rewritten;
}

/** "https://example.test/" and "example.test" say the same thing to a reader. */
function sameTarget(text: string, href: string): boolean {
  const normalize = (value: string) =>
    value
      .trim()
      .toLowerCase()
      .replace(/^(?:https?:\/\/|mailto:|tel:)/, "")
      .replace(/^www\./, "")
      .replace(/\/$/, "");
  return text.trim() !== "" && normalize(text) === normalize(href);
}

function finishLinks(html: string, state: SanitizeState): string {
  return html.replace(
    / title="([^"]*)" data-tegami-link="(\d+)"/g,
    (_, title: string, marker: string) => {
      const link = state.linkTexts.get(marker);
      return link && sameTarget(link.text, link.href) ? "" : ` title="${title}"`;
    },
  );
}

/** Sanitizes one HTML body by allowlist. Never throws on malformed markup. */
export function sanitizeMailHtml(
  html: string,
  options: SanitizeMailHtmlOptions,
): SanitizedMailHtml {
  const state: SanitizeState = { options, remoteBlocked: 0, nextLink: 0, linkTexts: new Map() };
  const imageSchemes = ["http", "https", "data"];
  const fragment = sanitizeHtml(html, {
    allowedTags,
    allowedAttributes,
    nonTextTags,
    // <style> content is rewritten below by cleanStyleSheet before it reaches any document.
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
  const withLinks = finishLinks(fragment, state).replace(/ data-tegami-link="\d+"/g, "");
  // Every <style> sanitize-html emitted, whatever its attributes: none may skip the CSS pass.
  const withStyles = withLinks.replace(
    /<style\b([^>]*)>([\s\S]*?)<\/style>/g,
    (_, attributes: string, css: string) => {
      const clean = cleanStyleSheet(css, state);
      const media = /^ media="[^"]*"$/.test(attributes) ? attributes : "";
      return clean ? `<style${media}>${clean}</style>` : "";
    },
  );
  return { html: withStyles, remoteBlocked: state.remoteBlocked };
}
