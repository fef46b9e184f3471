import "server-only";
import type { SearchParams } from "@/lib/api/search-params";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { searchAllMailboxes } from "@/lib/imap/search-all-mailboxes";
import { searchMailbox } from "@/lib/imap/search-mailbox";
import { parseSearchQuery } from "@/lib/search/parse-search-query";
import type { SearchPage } from "@/lib/search/search-page";

/** The page of hits a search URL asks for: in one mailbox, or in all of them. */
export async function runSearch(
  credentials: ImapCredentials,
  { q, mailbox, page }: SearchParams,
): Promise<SearchPage> {
  const query = parseSearchQuery(q);
  return mailbox === null
    ? searchAllMailboxes(credentials, query, page)
    : searchMailbox(credentials, mailbox, query, page);
}
