import "server-only";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { fetchEnvelopes } from "@/lib/imap/fetch-envelopes";
import { needsLocalMatch, searchLockedMailbox } from "@/lib/imap/search-locked-mailbox";
import { canSearchPartially, searchPageUids } from "@/lib/imap/search-page-uids";
import { withMailbox, type LockedMailbox } from "@/lib/imap/with-mailbox";
import { MailError } from "@/lib/mail/mail-error";
import { pageSlice, searchPageSize } from "@/lib/search/page-slice";
import { toImapSearch } from "@/lib/search/to-imap-search";
import { isEmptySearchQuery, type SearchQuery } from "@/lib/search/parse-search-query";
import type { SearchPage } from "@/lib/search/search-page";

export function assertSearchable(query: SearchQuery): void {
  if (isEmptySearchQuery(query))
    throw new MailError("INVALID_INPUT", "Type something to search for.");
}

/**
 * The UIDs of one page: from the server alone where it can page (RFC 9394 PARTIAL) and no
 * word needs Tegami's own matching, else from the whole hit list.
 */
async function searchPage(locked: LockedMailbox, query: SearchQuery, page: number) {
  if (canSearchPartially(locked) && !query.terms.some(needsLocalMatch)) {
    return { ...(await searchPageUids(locked, toImapSearch(query), page)), complete: true };
  }
  const { uids, complete } = await searchLockedMailbox(locked, query);
  const slice = pageSlice(uids.length, page);
  return { slice, total: uids.length, uids: uids.slice(slice.start, slice.end), complete };
}

/**
 * One page of the messages of `mailbox` matching `query`, newest first, 50 a page like the
 * mailbox itself. SEARCH returns only UIDs; envelopes are fetched for the page shown.
 */
export async function searchMailbox(
  credentials: ImapCredentials,
  mailbox: string,
  query: SearchQuery,
  page: number,
): Promise<SearchPage> {
  assertSearchable(query);
  return withMailbox(credentials, mailbox, async (locked) => {
    const { slice, total, uids, complete } = await searchPage(locked, query, page);
    const envelopes = await fetchEnvelopes(locked, uids);
    return {
      mailbox: locked.path,
      total,
      page: slice.page,
      pageCount: slice.pageCount,
      pageSize: searchPageSize,
      hits: envelopes.map((envelope) => ({
        mailbox: locked.path,
        uidValidity: locked.uidValidity,
        envelope,
      })),
      complete,
    };
  });
}
