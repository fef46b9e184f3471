// Character references (HTML §13.5) in text and attribute values: numeric ones and the named
// ones mail HTML actually uses. Client-safe.

const named: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  ensp: "\u2002",
  emsp: "\u2003",
  thinsp: "\u2009",
  zwnj: "\u200c",
  zwj: "\u200d",
  shy: "\u00ad",
  copy: "©",
  reg: "®",
  trade: "™",
  hellip: "…",
  mdash: "—",
  ndash: "–",
  lsquo: "‘",
  rsquo: "’",
  sbquo: "‚",
  ldquo: "“",
  rdquo: "”",
  bdquo: "„",
  laquo: "«",
  raquo: "»",
  middot: "·",
  bull: "•",
  times: "×",
  divide: "÷",
  deg: "°",
  plusmn: "±",
  para: "¶",
  sect: "§",
  euro: "€",
  pound: "£",
  yen: "¥",
  cent: "¢",
  iexcl: "¡",
  iquest: "¿",
  larr: "←",
  rarr: "→",
  uarr: "↑",
  darr: "↓",
};

function fromCodePoint(code: number, original: string): string {
  // Surrogates, NUL and out-of-range values are what browsers turn into U+FFFD.
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
    return code === 0 || Number.isFinite(code) ? "\ufffd" : original;
  return String.fromCodePoint(code);
}

/** Decodes `&amp;`, `&#38;`, `&#x26;` and the common named references; leaves unknown ones as typed. */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(
    /&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,9}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g,
    (whole, body: string) => {
      if (body[0] === "#") {
        const hex = body[1] === "x" || body[1] === "X";
        return fromCodePoint(Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10), whole);
      }
      return named[body] ?? named[body.toLowerCase()] ?? whole;
    },
  );
}
