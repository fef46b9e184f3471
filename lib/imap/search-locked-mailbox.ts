import "server-only";
import { matchTermsLocally, localScanLimit } from "@/lib/imap/match-terms-locally";
import { searchUids } from "@/lib/imap/search-uids";
import type { LockedMailbox } from "@/lib/imap/with-mailbox";
import type { SearchQuery, SearchTerm } from "@/lib/search/parse-search-query";
import { toImapSearch } from "@/lib/search/to-imap-search";

export interface MailboxHits {
  /** Matching UIDs, newest (highest) first. */
  uids: number[];
  /** False when more candidates existed than Tegami decodes itself (`localScanLimit`). */
  complete: boolean;
}

/** A word the server may miss in Japanese mail it cannot decode (see matchTermsLocally). */
export function needsLocalMatch(term: SearchTerm): boolean {
  return !term.negated && /[^\x00-\x7f]/.test(term.value);
}

const newestFirst = (uids: number[]) => [...new Set(uids)].sort((a, b) => b - a);

/**
 * The UIDs of the locked mailbox that match, newest first. The server's UID SEARCH answers
 * first; when the query has non-ASCII words, the newest messages that match everything else
 * but were not hits (at most `localScanLimit`) are decoded and matched by Tegami as well.
 *
 * Measured on Dovecot 2.3.19 without FTS: SEARCH finds Japanese in RFC 2047 subjects and
 * names in UTF-8, ISO-2022-JP and Shift_JIS, and in bodies with a charset label (UTF-8,
 * ISO-2022-JP, Shift_JIS, EUC-JP; base64, quoted-printable, 8bit), folding full and half
 * width. It misses raw (unencoded) ISO-2022-JP or Shift_JIS headers, ISO-2022-JP bodies with
 * no charset, RFC 2047 words split inside a character, and HTML character references.
 */
export async function searchLockedMailbox(
  locked: LockedMailbox,
  query: SearchQuery,
): Promise<MailboxHits> {
  const hits = await searchUids(locked, toImapSearch(query));
  const local = query.terms.filter(needsLocalMatch);
  if (!local.length) return { uids: newestFirst(hits), complete: true };

  const known = new Set(hits);
  const broader = await searchUids(locked, toImapSearch(query, needsLocalMatch));
  const candidates = newestFirst(broader.filter((uid) => !known.has(uid)));
  const scanned = candidates.slice(0, localScanLimit);
  const found = await matchTermsLocally(locked, scanned, local);
  return {
    uids: newestFirst([...hits, ...found]),
    complete: candidates.length <= localScanLimit,
  };
}
