import "server-only";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { fetchEnvelopes } from "@/lib/imap/fetch-envelopes";
import { searchLockedMailbox } from "@/lib/imap/search-locked-mailbox";
import { withMailbox } from "@/lib/imap/with-mailbox";
import { MailError } from "@/lib/mail/mail-error";
import { pageSlice, searchPageSize } from "@/lib/search/page-slice";
import { isEmptySearchQuery, type SearchQuery } from "@/lib/search/parse-search-query";
import type { SearchPage } from "@/lib/search/search-page";

export function assertSearchable(query: SearchQuery): void {
  if (isEmptySearchQuery(query))
    throw new MailError("INVALID_INPUT", "Type something to search for.");
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
    const { uids, complete } = await searchLockedMailbox(locked, query);
    const slice = pageSlice(uids.length, page);
    const envelopes = await fetchEnvelopes(locked, uids.slice(slice.start, slice.end));
    return {
      mailbox: locked.path,
      total: uids.length,
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
