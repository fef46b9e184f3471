// The plain-text alternative of the composer's HTML (RFC 2046 §5.1.4): what a reader without
// HTML sees must say the same thing. Paragraphs, line breaks, lists, links, quotes and
// preformatted text survive; emphasis is left as plain words. Client-safe and dependency-free.
import { decodeHtmlEntities } from "@/lib/compose/decode-html-entities";

interface Line {
  depth: number;
  text: string;
}

interface ListLevel {
  ordered: boolean;
  next: number;
  /** Indentation of this list's markers. */
  indent: string;
}

/** Blank lines around these; a `div` (a line in contenteditable) only starts a new line. */
const paragraphTags = new Set(
  "p h1 h2 h3 h4 h5 h6 ul ol pre table hr dl figure address".split(" "),
);
const lineTags = new Set(
  "div blockquote li tr dt dd section article header footer main nav aside caption figcaption center details summary".split(
    " ",
  ),
);
const skippedTags = new Set("script style head title template noscript textarea select".split(" "));
const voidTags = new Set("br hr img wbr col area base input link meta source track".split(" "));

const token =
  /<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\?[^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;
const attribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributesOf(source: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const match of source.matchAll(attribute)) {
    const name = (match[1] ?? "").toLowerCase();
    result[name] ??= decodeHtmlEntities(match[2] ?? match[3] ?? match[4] ?? "");
  }
  return result;
}

function sameTarget(text: string, href: string): boolean {
  const normalize = (value: string) =>
    value
      .trim()
      .toLowerCase()
      .replace(/^(?:https?:\/\/|mailto:)/, "")
      .replace(/\/$/, "");
  return normalize(text) === normalize(href);
}

class TextWriter {
  private readonly lines: Line[] = [{ depth: 0, text: "" }];
  private pending = 0;
  private depth = 0;
  private pre = 0;
  private skip = 0;
  private readonly lists: ListLevel[] = [];
  /** The marker ("- ", "2. ") the next line of a list item starts with. */
  private marker: string | null = null;
  /** Indentation of continuation lines inside the current list item. */
  private indent = "";
  private links: { href: string; text: string }[] = [];

  private get current(): Line {
    return this.lines[this.lines.length - 1] as Line;
  }

  private hasContent(): boolean {
    return this.lines.some((line) => line.text !== "");
  }

  /** Newlines already ending the output (1 = at the start of a line, 2 = after a blank line). */
  private trailingBreaks(): number {
    let count = 0;
    for (let i = this.lines.length - 1; i > 0 && this.lines[i]?.text === ""; i -= 1) count += 1;
    return count;
  }

  private newline(): void {
    this.lines.push({ depth: this.depth, text: "" });
  }

  private flush(): void {
    // Breaks before the first words of the document mean nothing.
    if (this.hasContent())
      for (let n = this.trailingBreaks(); n < this.pending; n += 1) this.newline();
    this.pending = 0;
  }

  requestBreak(count: number): void {
    this.pending = Math.max(this.pending, count);
  }

  /** `<br>`: ends the line, even an empty one. */
  lineBreak(): void {
    this.flush();
    if (this.current.text === "" && this.marker) this.write("");
    this.newline();
  }

  private write(text: string): void {
    const line = this.current;
    if (line.text === "") {
      line.depth = this.depth;
      line.text = this.marker ?? this.indent;
      if (this.marker) this.marker = null;
    }
    line.text += text;
    for (const link of this.links) link.text += text;
  }

  text(raw: string): void {
    if (this.skip) return;
    const decoded = decodeHtmlEntities(raw).replace(/\u00a0/g, " ");
    if (this.pre) {
      decoded.split(/\r\n?|\n/).forEach((part, index) => {
        if (index > 0) this.newline();
        if (part) {
          this.flush();
          this.write(part);
        }
      });
      return;
    }
    let text = decoded.replace(/[\t\n\f\r ]+/g, " ");
    const line = this.current;
    const atLineStart = this.pending > 0 || line.text === "" || line.text === this.indent;
    if (atLineStart || line.text.endsWith(" ")) text = text.replace(/^ /, "");
    if (!text) return;
    this.flush();
    this.write(text);
  }

  open(tag: string, attributes: Record<string, string>): void {
    if (skippedTags.has(tag)) this.skip += 1;
    if (this.skip) return;
    if (paragraphTags.has(tag)) this.requestBreak(this.lists.length && tag !== "pre" ? 1 : 2);
    else if (lineTags.has(tag)) this.requestBreak(1);
    switch (tag) {
      case "br":
        return this.lineBreak();
      case "hr":
        this.flush();
        this.write("----");
        return this.requestBreak(2);
      case "img":
        if (attributes.alt?.trim()) this.text(attributes.alt);
        return;
      case "blockquote":
        this.flush();
        this.depth += 1;
        return;
      case "pre":
        this.pre += 1;
        return;
      case "ul":
      case "ol":
        this.lists.push({
          ordered: tag === "ol",
          next: Number.parseInt(attributes.start ?? "", 10) || 1,
          indent: this.indent,
        });
        return;
      case "li":
        return this.openItem(attributes);
      case "a":
        this.links.push({ href: attributes.href ?? "", text: "" });
        return;
      case "td":
      case "th":
        if (this.current.text.trim() && this.pending === 0) this.write("  ");
        return;
    }
  }

  private openItem(attributes: Record<string, string>): void {
    const list = this.lists[this.lists.length - 1];
    if (!list) return;
    const value = Number.parseInt(attributes.value ?? "", 10);
    if (value) list.next = value;
    const marker = list.ordered ? `${list.next}. ` : "- ";
    list.next += 1;
    this.marker = list.indent + marker;
    this.indent = list.indent + " ".repeat(marker.length);
  }

  close(tag: string): void {
    if (skippedTags.has(tag)) {
      this.skip = Math.max(0, this.skip - 1);
      return;
    }
    if (this.skip) return;
    switch (tag) {
      case "blockquote":
        this.requestBreak(1);
        this.flush();
        this.depth = Math.max(0, this.depth - 1);
        return;
      case "pre":
        this.pre = Math.max(0, this.pre - 1);
        break;
      case "ul":
      case "ol":
        this.indent = this.lists.pop()?.indent ?? "";
        break;
      case "li":
        this.marker = null;
        break;
      case "a":
        return this.closeLink();
    }
    if (paragraphTags.has(tag)) this.requestBreak(this.lists.length && tag !== "pre" ? 1 : 2);
    else if (lineTags.has(tag)) this.requestBreak(1);
  }

  private closeLink(): void {
    const link = this.links.pop();
    if (!link) return;
    const href = link.href.trim();
    if (!/^(?:https?|mailto):/i.test(href) || !link.text.trim()) {
      if (href && !link.text.trim() && /^https?:/i.test(href)) this.text(href);
      return;
    }
    if (!sameTarget(link.text, href)) this.write(` <${href.replace(/^mailto:/i, "")}>`);
  }

  /** The text, quoted lines prefixed with "> " per level (RFC 3676 §4.5 style). */
  finish(): string {
    const lines = this.lines;
    while (lines.length > 1 && lines[lines.length - 1]?.text.trim() === "") lines.pop();
    const depthAround = (index: number, step: number) => {
      for (let i = index; i >= 0 && i < lines.length; i += step) {
        if (lines[i]?.text.trim()) return lines[i]?.depth ?? 0;
      }
      return 0;
    };
    return lines
      .map((line, index) => {
        const text = line.text.replace(/\s+$/, "");
        if (!text) {
          const depth = Math.min(depthAround(index, -1), depthAround(index, 1));
          return "> ".repeat(depth).trimEnd();
        }
        return "> ".repeat(line.depth) + text;
      })
      .join("\n")
      .replace(/^\n+/, "");
  }
}

/** Plain text for an HTML fragment (ideally already through sanitizeMailHtml), lines joined by "\n". */
export function htmlToText(html: string): string {
  const writer = new TextWriter();
  for (const match of html.matchAll(token)) {
    const [whole, slash, rawTag, rawAttributes] = match;
    if (rawTag === undefined) {
      if (!whole.startsWith("<!") && !whole.startsWith("<?")) writer.text(whole);
      continue;
    }
    const tag = rawTag.toLowerCase();
    if (slash) writer.close(tag);
    else {
      writer.open(tag, attributesOf(rawAttributes ?? ""));
      if (!voidTags.has(tag) && /\/\s*$/.test(rawAttributes ?? "")) writer.close(tag);
    }
  }
  return writer.finish();
}
