// Tegami's own matching of search terms against text it decoded itself, for what the IMAP
// server's SEARCH cannot see (see lib/imap/match-terms-locally.ts). Client-safe.
import type { SearchField, SearchTerm } from "@/lib/search/parse-search-query";

/** The text of a message, per field a term can name. `text` is everything (IMAP TEXT). */
export type SearchableText = Record<SearchField, string>;

/**
 * Folds what users do not tell apart: full-width and half-width forms (NFKC: ｶﾀｶﾅ → カタカナ,
 * ＡＢＣ → ABC), case, and runs of white space. Dovecot's i;unicode-casemap does the same.
 */
export function normalizeSearchText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ");
}

/** True when every term holds: a substring of its field, or absent when negated. */
export function matchesSearchTerms(text: SearchableText, terms: SearchTerm[]): boolean {
  const normalized: Partial<SearchableText> = {};
  return terms.every((term) => {
    normalized[term.field] ??= normalizeSearchText(text[term.field]);
    const found = normalized[term.field]!.includes(normalizeSearchText(term.value).trim());
    return found !== term.negated;
  });
}
