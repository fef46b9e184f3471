// The original under a reply: an attribution line, then the text quoted with "> " (RFC 3676
// §4.5) and the HTML inside <blockquote type="cite"> (what Thunderbird and Apple Mail write).
// The HTML given here must already come from sanitizeMailHtml. Client-safe.
import { escapeHtml, textToHtml } from "@/lib/compose/text-to-html";
import { htmlToText } from "@/lib/compose/html-to-text";

export interface QuoteInput {
  /** The original's Date, ISO 8601. */
  date: string;
  /** The name (or address) of the original's author. */
  author: string;
  /** The original's text, or null when it only has HTML. */
  text: string | null;
  /** The original's sanitized HTML, or null when it only has text. */
  html: string | null;
}

export type AttributionLine = (date: string, author: string) => string;

/** "On 3 Mar 2026, 14:05, Alice wrote:" in UTC; the caller passes a localized one. */
export const englishAttribution: AttributionLine = (date, author) => {
  const parsed = new Date(date);
  const when = Number.isNaN(parsed.getTime())
    ? date
    : new Intl.DateTimeFormat("en-GB", {
        dateStyle: "medium",
        timeStyle: "short",
        timeZone: "UTC",
      }).format(parsed) + " UTC";
  return `On ${when}, ${author} wrote:`;
};

/** Prefixes every line with "> " (">" for an already quoted or empty line, no space piling). */
export function quoteText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\n+$/, "")
    .split("\n")
    .map((line) => (line === "" || line.startsWith(">") ? `>${line}` : `> ${line}`))
    .join("\n");
}

export interface QuotedOriginal {
  text: string;
  html: string;
}

/** The quoted original in both forms, each starting with the attribution line. */
export function quoteOriginal(
  original: QuoteInput,
  attribution: AttributionLine = englishAttribution,
): QuotedOriginal {
  const line = attribution(original.date, original.author);
  const text = original.text ?? htmlToText(original.html ?? "");
  const html = original.html ?? textToHtml(original.text ?? "");
  return {
    text: `${line}\n${quoteText(text)}\n`,
    html: `<p>${escapeHtml(line)}</p><blockquote type="cite">${html}</blockquote>`,
  };
}
