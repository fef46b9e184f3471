// Finds links in a text/plain body so the view can render them as anchors without ever
// interpreting the text as HTML. Only http(s) and mailto targets are produced, by construction.

export type LinkifiedSegment =
  { kind: "text"; text: string } | { kind: "link"; href: string; text: string };

// URL characters are ASCII only (RFC 3986 §2), so a URL ends at the first Japanese character,
// full-width bracket or whitespace. `<`, `>`, `"`, `{`, `}`, `|`, `\`, `^` and "`" never occur.
const urlChars = "[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]";
const emailAddress = "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}";
// Not glued to a preceding word, path or address ("xhttp://", "a.www.", "foo@www.").
const notGlued = "(?<![A-Za-z0-9@/._-])";

const candidate = new RegExp(
  [
    `${notGlued}(?<url>https?://${urlChars}+)`,
    `${notGlued}(?<www>www\\.${urlChars}+)`,
    `${notGlued}(?<mailto>mailto:${emailAddress}(?:\\?${urlChars}*)?)`,
    `(?<![A-Za-z0-9._%+-])(?<email>${emailAddress})`,
  ].join("|"),
  "gi",
);

const trailingPunctuation = /[.,;:!?'*]$/;
const closers: Record<string, string> = { ")": "(", "]": "[" };

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** Drops sentence punctuation and closing brackets the URL did not open: "(see http://x.test/a)." */
function trimTrailing(url: string): string {
  let result = url;
  for (;;) {
    const last = result.at(-1) ?? "";
    const opener = closers[last];
    if (trailingPunctuation.test(last)) result = result.slice(0, -1);
    else if (opener && count(result, last) > count(result, opener)) result = result.slice(0, -1);
    else return result;
  }
}

function pushText(segments: LinkifiedSegment[], text: string): void {
  if (!text) return;
  const last = segments.at(-1);
  if (last?.kind === "text") last.text += text;
  else segments.push({ kind: "text", text });
}

function toLink(groups: Record<string, string | undefined>): { href: string; text: string } | null {
  if (groups.email) return { href: `mailto:${groups.email}`, text: groups.email };
  const raw = groups.url ?? groups.www ?? groups.mailto;
  if (!raw) return null;
  const text = trimTrailing(raw);
  if (groups.url) {
    // A scheme alone ("http://") or followed only by punctuation is not a link.
    return /^https?:\/\/[A-Za-z0-9]/i.test(text) ? { href: text, text } : null;
  }
  if (groups.www)
    return /^www\.[A-Za-z0-9-]+\.[A-Za-z0-9]/i.test(text)
      ? { href: `https://${text}`, text }
      : null;
  return { href: text, text };
}

/** Splits plain text into text and link segments, in order; joining the `text`s gives the input back. */
export function linkify(text: string): LinkifiedSegment[] {
  const segments: LinkifiedSegment[] = [];
  let position = 0;
  for (const match of text.matchAll(candidate)) {
    const link = match.groups ? toLink(match.groups) : null;
    if (!link) continue;
    pushText(segments, text.slice(position, match.index));
    segments.push({ kind: "link", ...link });
    position = match.index + link.text.length;
  }
  pushText(segments, text.slice(position));
  return segments;
}
