import "server-only";
// The CSS half of the mail sanitizer: inline style attributes and <style> blocks keep only
// declarations that cannot run script, load what the reader did not allow, or overlay the page.
import { CssSyntaxError, parse as parseCss, type AtRule, type Container, type Root } from "postcss";
import { followsFrameHeight } from "@/lib/sanitize/follows-frame-height";
import { overlaysContent } from "@/lib/sanitize/overlays-content";

/**
 * Where a CSS url() may point: a usable URL, "blocked" (remote content is off), or null (drop).
 * `font` is true inside @font-face, where fonts rather than images are loaded.
 */
export type CssUrlResolver = (raw: string, font: boolean) => string | "blocked" | null;

export interface SanitizedCss {
  /** The CSS that passed, or null when nothing is left. */
  css: string | null;
  /** Remote url()s removed because the resolver answered "blocked". */
  remoteBlocked: number;
}

interface CssState {
  resolveUrl: CssUrlResolver;
  remoteBlocked: number;
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

// Script in CSS (old IE), XBL bindings, imports, and functions that load URLs given as strings.
// Positioning that lets mail overlay content is judged by overlaysContent.
const forbiddenCss =
  /expression\(|javascript:|vbscript:|behavior|-moz-binding|@import|image-set\(|image\(|cross-fade\(|element\(|(?:^|[^a-z-])src\(/;
const cssUrl = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)/gi;

/** A URL from the resolver (ours, but still text) as the inside of a double-quoted CSS string. */
function cssStringContent(text: string): string {
  return text.replace(
    /["\\\u0000-\u001f\u007f]/g,
    (char) => `\\${char.charCodeAt(0).toString(16)} `,
  );
}

/** The declaration's value made safe, or null to drop it. Counts blocked remote URLs. */
function cleanDeclaration(
  prop: string,
  value: string,
  state: CssState,
  font: boolean,
): string | null {
  // Comments are recognized before escapes are decoded (CSS Syntax §4.3), so strip them first;
  // then judge both the text as written and as decoded ("u\72l(" is "url(").
  const uncomment = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, "");
  const text = uncomment(`${prop}:${value}`);
  const squash = (css: string) => css.toLowerCase().replace(/\s+/g, "");
  const written = squash(text);
  const decoded = squash(decodeCssEscapes(text));
  if (forbiddenCss.test(written) || forbiddenCss.test(decoded)) return null;
  for (const read of [(css: string) => css, decodeCssEscapes]) {
    const [p, v] = [prop, value].map((css) => read(uncomment(css)).toLowerCase());
    if (overlaysContent(p ?? "", v ?? "") || followsFrameHeight(v ?? "")) return null;
  }
  if (!written.includes("url(") && !decoded.includes("url(")) return value;
  // An escaped url(...) could hide what it loads from our matcher; no real mail needs that.
  if (value.includes("\\")) return null;
  const urls = [...value.matchAll(cssUrl)];
  if (urls.length !== written.split("url(").length - 1) return null;
  const sources = urls.map((match) =>
    state.resolveUrl(match[1] ?? match[2] ?? match[3] ?? "", font),
  );
  const blocked = sources.filter((source) => source === "blocked").length;
  state.remoteBlocked += blocked;
  if (blocked > 0 || sources.includes(null)) return null;
  let index = 0;
  return value.replace(cssUrl, () => `url("${cssStringContent(String(sources[index++]))}")`);
}

/** sanitize-html keeps a style attribute whole, so its declarations are judged here. */
export function sanitizeStyleAttribute(style: string, resolveUrl: CssUrlResolver): SanitizedCss {
  const state: CssState = { resolveUrl, remoteBlocked: 0 };
  let rule;
  try {
    rule = parseCss(`x{${style}}`).first;
  } catch {
    return { css: null, remoteBlocked: 0 };
  }
  if (rule?.type !== "rule") return { css: null, remoteBlocked: 0 };
  const kept: string[] = [];
  rule.each((node) => {
    if (node.type !== "decl") return;
    const value = cleanDeclaration(node.prop, node.value, state, false);
    if (value !== null) kept.push(`${node.prop}:${value}${node.important ? " !important" : ""}`);
  });
  return { css: kept.length ? kept.join(";") : null, remoteBlocked: state.remoteBlocked };
}

const allowedAtRules = new Set([
  "media",
  "supports",
  "font-face",
  "keyframes",
  "-webkit-keyframes",
  "page",
]);

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

/** <style> blocks pass sanitize-html untouched (allowVulnerableTags), so they are judged here. */
export function sanitizeStyleSheet(css: string, resolveUrl: CssUrlResolver): SanitizedCss {
  const state: CssState = { resolveUrl, remoteBlocked: 0 };
  const root = parseStyleSheet(css);
  if (!root) return { css: null, remoteBlocked: 0 };
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
  const clean = root.toString().replace(/</g, "\\3c ").trim();
  return { css: clean || null, remoteBlocked: state.remoteBlocked };
}
