import "server-only";
import type { SearchObject } from "imapflow";
import { expandUidSet } from "@/lib/imap/expand-uid-set";
import type { LockedMailbox } from "@/lib/imap/with-mailbox";
import { MailError } from "@/lib/mail/mail-error";
import { pageSlice, searchPageSize, type PageSlice } from "@/lib/search/page-slice";

/**
 * The RFC 9394 PARTIAL range of a page counted from the end of the results, where the
 * highest UIDs (the newest messages) are: page 1 is `-1:-50`, page 2 `-51:-100`.
 */
export function partialRange(page: number, size = searchPageSize): string {
  const first = (page - 1) * size + 1;
  return `-${first}:-${first + size - 1}`;
}

/** Whether the server can answer one page of a search by itself (ESEARCH with PARTIAL). */
export function canSearchPartially({ client }: LockedMailbox): boolean {
  return client.capabilities.has("ESEARCH") && client.capabilities.has("PARTIAL");
}

async function ask(locked: LockedMailbox, criteria: SearchObject, page: number) {
  const result = await locked.client.search(criteria, {
    uid: true,
    returnOptions: ["COUNT", { partial: partialRange(page) }],
  });
  if (!result || Array.isArray(result))
    throw new MailError("IMAP_ERROR", "The mail server refused the search.");
  return { count: result.count ?? 0, uids: expandUidSet(result.partial?.messages ?? "") };
}

/**
 * One page of UIDs (newest first) and the total, from UID SEARCH RETURN (COUNT PARTIAL …):
 * the server sends only the page, whatever the number of hits. A page past the end is asked
 * again as the last page. Only for servers with PARTIAL (Dovecot 2.3 has none).
 */
export async function searchPageUids(
  locked: LockedMailbox,
  criteria: SearchObject,
  page: number,
): Promise<{ slice: PageSlice; total: number; uids: number[] }> {
  let answer = await ask(locked, criteria, Math.max(1, page));
  const slice = pageSlice(answer.count, page);
  if (slice.page !== Math.max(1, page) && answer.count)
    answer = await ask(locked, criteria, slice.page);
  return { slice, total: answer.count, uids: answer.uids.sort((a, b) => b - a) };
}
