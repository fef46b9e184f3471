// The search box's little language, parsed into a typed query. Client-safe: the UI may use
// it to show the operators as chips, the server turns it into IMAP SEARCH criteria.
//   from:bob to:carol subject:"月次 報告" has:attachment is:unread is:flagged is:read
//   before:2026-12-01 after:2026/11/01 "exact phrase" 請求書 -word -from:spam
import { MailError } from "@/lib/mail/mail-error";

/** Where a word must appear: anywhere (IMAP TEXT), or in one header. */
export type SearchField = "text" | "from" | "to" | "subject";

export interface SearchTerm {
  field: SearchField;
  /** A word or a phrase: IMAP SEARCH matches it as a substring (RFC 3501 §6.4.4). */
  value: string;
  /** `-word`: messages that do not contain it. */
  negated: boolean;
}

export interface SearchQuery {
  terms: SearchTerm[];
  /** is:unread → true, is:read → false, absent → null. */
  unread: boolean | null;
  /** is:flagged → true, is:unflagged → false. */
  flagged: boolean | null;
  /** has:attachment → true, -has:attachment → false. */
  hasAttachment: boolean | null;
  /** Sent strictly before this day (YYYY-MM-DD, the Date header's day). */
  before: string | null;
  /** Sent on or after this day (YYYY-MM-DD). */
  after: string | null;
}

/** Longest query accepted: a search box, not a document. */
export const maxSearchQueryLength = 500;

// Han, Hiragana, Katakana (incl. the prolonged sound mark), and the CJK symbols block.
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\u30fc]/u;

/** A run of CJK is one term: Japanese puts no spaces between words (so 請求書PDF → 請求書, PDF). */
function splitScripts(word: string): string[] {
  const parts: string[] = [];
  let current = "";
  let currentIsCjk: boolean | null = null;
  for (const char of word) {
    const isCjk = cjk.test(char);
    if (currentIsCjk !== null && isCjk !== currentIsCjk) {
      parts.push(current);
      current = "";
    }
    current += char;
    currentIsCjk = isCjk;
  }
  if (current) parts.push(current);
  return parts;
}

/** Tokens of the query: `key:value`, `key:"a phrase"`, `"a phrase"`, words; `-` negates. */
function tokenize(
  input: string,
): { negated: boolean; key: string | null; value: string; quoted: boolean }[] {
  const pattern = /(-?)(?:([a-z]+):)?(?:"([^"]*)"?|(\S+))/giu;
  const tokens = [];
  for (const match of input.matchAll(pattern)) {
    const [, minus, key, phrase, word] = match;
    const quoted = phrase !== undefined;
    tokens.push({
      negated: minus === "-",
      key: key ? key.toLowerCase() : null,
      value: (quoted ? phrase : word) ?? "",
      quoted,
    });
  }
  return tokens;
}

/** YYYY-MM-DD or YYYY/MM/DD (also with one-digit month and day) to YYYY-MM-DD, or null. */
export function parseSearchDate(value: string): string | null {
  const match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

function invalid(message: string): MailError {
  return new MailError("INVALID_INPUT", message);
}

type Token = ReturnType<typeof tokenize>[number];

/** Applies one `key:value` operator; false when `key` is no operator (then it is a word). */
function applyOperator(query: SearchQuery, token: Token): boolean {
  const { key, negated } = token;
  const value = token.value.toLowerCase();
  if (key === "from" || key === "to" || key === "subject") {
    if (token.value) query.terms.push({ field: key, value: token.value, negated });
    return true;
  }
  if (key === "is") {
    const flags: Record<string, ["unread" | "flagged", boolean]> = {
      unread: ["unread", true],
      read: ["unread", false],
      flagged: ["flagged", true],
      unflagged: ["flagged", false],
      starred: ["flagged", true],
    };
    const flag = flags[value];
    if (!flag)
      throw invalid(`is:${token.value} is not known: use is:unread, is:read or is:flagged.`);
    query[flag[0]] = negated ? !flag[1] : flag[1];
    return true;
  }
  if (key === "has") {
    if (value !== "attachment")
      throw invalid(`has:${token.value} is not known: use has:attachment.`);
    query.hasAttachment = !negated;
    return true;
  }
  if (key === "before" || key === "after") {
    const day = parseSearchDate(token.value);
    if (!day) throw invalid(`${key}: needs a date like 2026-11-28 or 2026/11/28.`);
    query[key] = day;
    return true;
  }
  return false;
}

/**
 * Parses what was typed in the search box. Full-width letters, digits and spaces are read as
 * their ASCII forms (NFKC), so `ｆｒｏｍ：ｂｏｂ` works from a Japanese IME. Unknown `key:` words
 * are searched as text. Throws INVALID_INPUT for a bad date or an unknown is:/has: value.
 */
export function parseSearchQuery(input: string): SearchQuery {
  if (input.length > maxSearchQueryLength) throw invalid("The search is too long.");
  const query: SearchQuery = {
    terms: [],
    unread: null,
    flagged: null,
    hasAttachment: null,
    before: null,
    after: null,
  };
  for (const token of tokenize(input.normalize("NFKC"))) {
    if (token.key && applyOperator(query, token)) continue;
    // "from:" typed without its value yet: searching the text "from:" would match every message.
    if (!token.quoted && /^(?:from|to|subject|is|has|before|after):$/i.test(token.value)) continue;
    const text = token.key ? `${token.key}:${token.value}` : token.value;
    const words = token.quoted ? [text] : splitScripts(text);
    for (const value of words.filter(Boolean)) {
      query.terms.push({ field: "text", value, negated: token.negated });
    }
  }
  return query;
}

/** True when the query asks for nothing: searching it would list the whole mailbox. */
export function isEmptySearchQuery(query: SearchQuery): boolean {
  return (
    query.terms.length === 0 &&
    query.unread === null &&
    query.flagged === null &&
    query.hasAttachment === null &&
    query.before === null &&
    query.after === null
  );
}
