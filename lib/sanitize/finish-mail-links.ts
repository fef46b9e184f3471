import "server-only";
// The last pass over the links of a sanitized fragment, once each link's text is known:
// a title only where the text does not already show the target, and a visible marker with the
// real host after a link whose text claims another one.
import { t } from "@/lib/i18n/messages";
import { mismatchedLinkHost } from "@/lib/sanitize/mismatched-link-host";

/** The attribute a link carries through sanitize-html until this pass; never in the output. */
export const linkMarker = "data-tegami-link";

export interface MailLink {
  href: string;
  text: string;
}

/** The marker text, e.g. "⚠ bank-evil.example"; null adds no markers (HTML the user edits). */
export type LinkMismatchLabel = ((realHost: string) => string) | null;

/** The default: the English UI string (a Japanese UI passes `t("ja").message.linkMismatch`). */
export const englishLinkMismatchLabel: (realHost: string) => string = t("en").message.linkMismatch;

const escapeText = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

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

function openingTag(tag: string, link: MailLink | undefined): string {
  const withoutMarker = tag.replace(/ data-tegami-link="\d+"/, "");
  // The title shows the real target; it is left out when the text already says it.
  return link && sameTarget(link.text, link.href)
    ? withoutMarker.replace(/ title="[^"]*"/, "")
    : withoutMarker;
}

/**
 * Rewrites every <a> of `html` (sanitize-html output: any "<a" or "</a>" in it is a real tag,
 * since text and attribute values have their angle brackets escaped).
 */
export function finishMailLinks(
  html: string,
  links: ReadonlyMap<string, MailLink>,
  label: LinkMismatchLabel,
): string {
  const open: (MailLink | undefined)[] = [];
  return html.replace(/<a\b[^>]*>|<\/a>/g, (tag) => {
    if (tag !== "</a>") {
      const marker = / data-tegami-link="(\d+)"/.exec(tag)?.[1];
      const link = marker === undefined ? undefined : links.get(marker);
      open.push(link);
      return openingTag(tag, link);
    }
    const link = open.pop();
    const realHost = link && label ? mismatchedLinkHost(link.text, link.href) : null;
    if (realHost === null || !label) return tag;
    return `${tag}<span data-link-mismatch>${escapeText(label(realHost))}</span>`;
  });
}
