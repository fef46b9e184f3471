// "Re: " and "Fwd: " without piling up what earlier replies added, in the languages mail
// clients write them in. Client-safe.

// Re, RE, Fwd, Fw, FW, AW/WG (German), Sv/Vs (Nordic), Antw, TR/RIF (French, Italian), 返信/転送
// (Japanese clients), 回复/答复/转发 (Chinese), optionally counted ("Re[2]:", "Re(3):"), before
// an ASCII or full-width colon.
const prefix =
  /^(?:re|fwd?|aw|wg|sv|vs|antw|tr|rif|réf|返信|転送|回复|答复|转发)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*/i;
// A mailing-list tag such as "[tegami-dev]" (Mailman puts it before "Re:").
const listTag = /^\[[^\]\r\n]{1,40}\]\s*/;

/** The subject without reply/forward prefixes, with the list tags found among them. */
export function baseSubject(subject: string): { tags: string[]; base: string } {
  let rest = subject.replace(/[\r\n]+/g, " ").trim();
  const tags: string[] = [];
  for (;;) {
    const p = prefix.exec(rest);
    if (p) {
      rest = rest.slice(p[0].length);
      continue;
    }
    const t = listTag.exec(rest);
    // A tag followed by nothing is the subject itself ("[WIP]").
    if (!t || !rest.slice(t[0].length).trim()) break;
    const tag = t[0].trim();
    if (!tags.some((known) => known.toLowerCase() === tag.toLowerCase())) tags.push(tag);
    rest = rest.slice(t[0].length);
  }
  return { tags, base: rest.trim() };
}

/** "Re: [list] Topic" for a reply, "Fwd: Topic" for a forward, however many rounds came before. */
export function replySubject(subject: string, mode: "reply" | "replyAll" | "forward"): string {
  const { tags, base } = baseSubject(subject);
  const marker = mode === "forward" ? "Fwd:" : "Re:";
  return [marker, ...tags, base].filter(Boolean).join(" ");
}
