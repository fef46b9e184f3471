import "server-only";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { fetchEnvelopes } from "@/lib/imap/fetch-envelopes";
import { searchLockedMailbox } from "@/lib/imap/search-locked-mailbox";
import { assertSearchable } from "@/lib/imap/search-mailbox";
import { withImapClient } from "@/lib/imap/session-pool";
import { toUidSet } from "@/lib/imap/uid-set";
import { withMailbox } from "@/lib/imap/with-mailbox";
import { mergeNewestFirst, type DatedHit } from "@/lib/search/merge-newest-first";
import { pageSlice, searchPageSize } from "@/lib/search/page-slice";
import type { SearchQuery } from "@/lib/search/parse-search-query";
import type { SearchHit, SearchPage } from "@/lib/search/search-page";

interface MailboxResult {
  mailbox: string;
  uidValidity: string;
  total: number;
  complete: boolean;
  /** The newest hits, as many as the pages up to the one asked for can show. */
  head: DatedHit[];
}

/** Every mailbox that can hold messages: \Noselect and \NonExistent ones cannot (RFC 3501 §7.2.2). */
async function selectableMailboxes(credentials: ImapCredentials): Promise<string[]> {
  return withImapClient(credentials, async (client) => {
    const entries = await client.list();
    return entries
      .filter((entry) => !entry.flags.has("\\Noselect") && !entry.flags.has("\\NonExistent"))
      .map((entry) => entry.path);
  });
}

function searchOne(
  credentials: ImapCredentials,
  mailbox: string,
  query: SearchQuery,
  want: number,
) {
  return withMailbox(credentials, mailbox, async (locked): Promise<MailboxResult> => {
    const { uids, complete } = await searchLockedMailbox(locked, query);
    const top = uids.slice(0, want);
    const dated = top.length
      ? await locked.client.fetchAll(
          toUidSet({ uids: top }),
          { uid: true, internalDate: true },
          { uid: true },
        )
      : [];
    const dates = new Map(dated.map((m) => [m.uid, new Date(m.internalDate ?? 0).getTime()]));
    const head = top.map((uid) => ({ mailbox: locked.path, uid, date: dates.get(uid) ?? 0 }));
    return {
      mailbox: locked.path,
      uidValidity: locked.uidValidity,
      total: uids.length,
      complete,
      head,
    };
  });
}

/**
 * One page of the hits in every selectable mailbox, newest first across mailboxes. Each
 * mailbox is searched (UIDs only), the newest `page × 50` hits of each are dated with
 * INTERNALDATE and merged, and envelopes are fetched for the page shown only.
 */
export async function searchAllMailboxes(
  credentials: ImapCredentials,
  query: SearchQuery,
  page: number,
): Promise<SearchPage> {
  assertSearchable(query);
  const results: MailboxResult[] = [];
  for (const mailbox of await selectableMailboxes(credentials)) {
    results.push(await searchOne(credentials, mailbox, query, Math.max(1, page) * searchPageSize));
  }
  const total = results.reduce((sum, result) => sum + result.total, 0);
  const slice = pageSlice(total, page);
  const shown = mergeNewestFirst(
    results.map((r) => r.head),
    slice.end,
  ).slice(slice.start);

  const hits = new Map<string, SearchHit>();
  for (const result of results) {
    const uids = shown.filter((hit) => hit.mailbox === result.mailbox).map((hit) => hit.uid);
    if (!uids.length) continue;
    const envelopes = await withMailbox(credentials, result.mailbox, (locked) =>
      fetchEnvelopes(locked, uids),
    );
    for (const envelope of envelopes) {
      const hit = { mailbox: result.mailbox, uidValidity: result.uidValidity, envelope };
      hits.set(`${result.mailbox}\0${envelope.uid}`, hit);
    }
  }
  return {
    mailbox: null,
    total,
    page: slice.page,
    pageCount: slice.pageCount,
    pageSize: searchPageSize,
    hits: shown.flatMap((hit) => hits.get(`${hit.mailbox}\0${hit.uid}`) ?? []),
    complete: results.every((result) => result.complete),
  };
}
