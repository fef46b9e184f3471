// Finds English left in a page that should be Japanese: every text a reader sees or a screen
// reader says (text nodes, aria-label, aria-description, title, placeholder, alt, button values,
// the document title), minus what is data rather than interface, checked for Latin words.
import type { Page } from "@playwright/test";

/** One string a page shows, and where. */
export interface ShownString {
  /** "text", "aria-label", "title", …, or "document.title". */
  kind: string;
  /** A short CSS-like path to the element, for the failure message. */
  where: string;
  value: string;
}

/**
 * Latin words allowed in the Japanese UI, each for a reason a Japanese reader would accept:
 * - Tegami: the product's name (the manifest and header keep it, 手紙 beside it).
 * - IMAP, SMTP, TLS, SPF, DKIM, DMARC, UTC: protocol and standard names, written in Latin
 *   letters in Japanese documentation too; there is no Japanese word for them.
 * - ISO, JP: the charset name ISO-2022-JP in the composer's option, as mailers label it.
 * - Cc, Bcc: the header field names; Japanese mailers (Outlook, Thunderbird, Gmail) keep them.
 * - Re, Fwd: reply and forward prefixes of subjects (RFC 5322 §3.6.5), which other mailers
 *   thread by; translating them would break threads.
 * - B, KB, MB, GB, TB: size units, as Japanese software writes them.
 * - PDF: the type label of the seeded attachment, taken from its file name (user data).
 * - https: the scheme a link address starts with (the link form's placeholder "https://").
 */
export const allowedLatinWords: readonly string[] = [
  "Tegami",
  "IMAP",
  "SMTP",
  "TLS",
  "SPF",
  "DKIM",
  "DMARC",
  "UTC",
  "ISO",
  "JP",
  "Cc",
  "Bcc",
  "Re",
  "Fwd",
  "B",
  "KB",
  "MB",
  "GB",
  "TB",
  "PDF",
  "https",
];

/** Email addresses are data: the user's own, the senders' and recipients'. */
const emailAddress = /[^\s@<>()"'“”,;:]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const latinWord = /[A-Za-z][A-Za-z'’]*/g;

/**
 * Every string the page shows a person or a screen reader. Skipped, with reasons:
 * - elements marked `data-user-content` (a subject, a name, a file name: the mail's own words);
 * - elements whose `lang` is not Japanese: a language's own name in a language picker
 *   (English, 日本語) is written in that language on purpose, and says so with `lang`;
 * - `<kbd>`: the keys printed on the keyboard (j, k, Enter, Shift);
 * - hidden subtrees (`hidden`, `aria-hidden`, display: none) and the message body's iframe
 *   (another document: the mail itself);
 * - the values of form fields (what the user typed, or a reply's prefilled subject).
 */
export async function shownStrings(page: Page): Promise<ShownString[]> {
  return page.evaluate(() => {
    const found: { kind: string; where: string; value: string }[] = [];
    const attributes = ["aria-label", "aria-description", "title", "placeholder", "alt"];
    const describe = (el: Element): string => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && parts.length < 4;) {
        const role = e.getAttribute("role");
        const label = e.getAttribute("aria-label");
        parts.unshift(
          e.tagName.toLowerCase() +
            (e.id ? `#${e.id}` : "") +
            (role ? `[role=${role}]` : "") +
            (label ? `[aria-label="${label}"]` : ""),
        );
        e = e.parentElement;
      }
      return parts.join(" > ");
    };
    const skipped = (el: Element): boolean => {
      if (["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "KBD"].includes(el.tagName))
        return true;
      if (el.hasAttribute("data-user-content")) return true;
      if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
      const lang = el.getAttribute("lang");
      if (lang !== null && el !== document.documentElement && !lang.startsWith("ja")) return true;
      // <option>s are drawn by the browser, not laid out: never "visible" to checkVisibility.
      if (el instanceof HTMLOptionElement) return false;
      return !el.checkVisibility();
    };
    const walk = (el: Element) => {
      if (skipped(el)) return;
      for (const name of attributes) {
        const value = el.getAttribute(name)?.trim();
        if (value) found.push({ kind: name, where: describe(el), value });
      }
      if (el instanceof HTMLInputElement && ["submit", "button", "reset"].includes(el.type)) {
        if (el.value.trim()) found.push({ kind: "value", where: describe(el), value: el.value });
      }
      if (el instanceof HTMLTextAreaElement) return;
      for (const child of el.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          const value = child.textContent?.trim();
          if (value) found.push({ kind: "text", where: describe(el), value });
        } else if (child instanceof Element) {
          walk(child);
        }
      }
    };
    found.push({ kind: "document.title", where: "head > title", value: document.title });
    walk(document.body);
    return found;
  });
}

/**
 * The Latin words of `value` that are neither allowed nor part of the given user content
 * (seeded subjects, names and file names) or an email address.
 */
export function englishWords(value: string, userContent: readonly string[]): string[] {
  let rest = value;
  for (const content of userContent) rest = rest.split(content).join(" ");
  rest = rest.replace(emailAddress, " ");
  return (rest.match(latinWord) ?? []).filter((word) => !allowedLatinWords.includes(word));
}

/** The strings of the page that still contain English, formatted for a failure message. */
export async function englishOnPage(
  page: Page,
  step: string,
  userContent: readonly string[],
): Promise<string[]> {
  const strings = await shownStrings(page);
  return strings.flatMap(({ kind, where, value }) => {
    const words = englishWords(value, userContent);
    if (words.length === 0) return [];
    return [`[${step}] ${kind} ${JSON.stringify(value)} (${words.join(", ")}) at ${where}`];
  });
}
