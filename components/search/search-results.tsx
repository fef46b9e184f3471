"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { MessageListPagination } from "@/components/message-list/message-list-pagination";
import { MessageRow } from "@/components/message-list/message-row";
import { MessageSelection } from "@/components/message-list/message-selection";
import { SelectionBar } from "@/components/message-list/selection-bar";
import { EmptyList } from "@/components/message-list/empty-list";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { mailboxHref } from "@/lib/mail/mail-urls";
import { listSearchHref, searchHitHref, type ListSearch } from "@/lib/search/list-search";
import type { SearchPage } from "@/lib/search/search-page";

const linkClass =
  "inline-flex min-h-11 items-center rounded-md px-2 text-ink-700 hover:bg-ink-50 md:min-h-7";

/**
 * One page of search hits as the message grid: rows like a mailbox's, each carrying its own
 * mailbox (`data-mailbox`) and opening there with the search kept beside it.
 */
export function SearchResults({
  search,
  here,
  hereName,
  nameOf,
  page,
  partial,
  busy,
  openMailbox,
  openUid,
  lang,
}: {
  search: ListSearch;
  /** The mailbox in the path: searched alone, or first. */
  here: string;
  hereName: string;
  /** A mailbox's name as shown (the role's name in the UI language). */
  nameOf: (mailbox: string) => string;
  page: SearchPage | null;
  /** Only the mailbox shown has answered yet; the others are still being searched. */
  partial: boolean;
  busy: boolean;
  openMailbox: string | null;
  openUid: number | null;
  lang: Lang;
}) {
  const m = t(lang);
  const hits = useMemo(() => page?.hits ?? [], [page]);
  const envelopes = useMemo(() => hits.map((hit) => hit.envelope), [hits]);
  const firstIndex = page ? (page.page - 1) * page.pageSize : 0;
  // Hits come from the browser's own fetch: "today" is the browser's.
  const [now] = useState(() => new Date().toISOString());
  const status = page === null ? m.search.searching : partial ? m.search.searchingOthers : "";
  const pagination = page && page.total > 0 && !partial && (
    <MessageListPagination
      page={{ ...page, mailbox: here, envelopes: hits }}
      lang={lang}
      hrefOf={(target) => listSearchHref(here, { ...search, page: target })}
    />
  );
  // Hits of one mailbox can be selected and acted on together, as the mailbox's own rows.
  const selectable = !search.all;

  return (
    <MessageSelection key={listSearchHref(here, search)}>
      <div className="flex min-h-full w-full flex-col">
        <div
          className={`${selectable ? "" : "sticky top-0 z-10 border-b border-gray-200 bg-white/95 backdrop-blur-sm"} px-3 py-1.5`}
        >
          <h2 className="truncate text-sm font-medium text-gray-900">
            {search.all ? m.search.inAll(search.q) : m.search.inMailbox(search.q, hereName)}
          </h2>
          <div className="flex flex-wrap items-center gap-x-1 text-xs">
            <Link
              href={listSearchHref(here, { ...search, all: !search.all, page: 1 })}
              className={linkClass}
            >
              {search.all ? m.search.searchOnly(hereName) : m.search.searchAll}
            </Link>
            <Link href={mailboxHref(here)} className={linkClass}>
              {m.search.clear}
            </Link>
            {pagination && !selectable && <div className="ml-auto">{pagination}</div>}
          </div>
        </div>
        {selectable && hits.length > 0 && (
          <SelectionBar
            mailbox={here}
            envelopes={envelopes}
            total={page?.total ?? hits.length}
            pagination={pagination}
            wholeMailbox={false}
          />
        )}
        <p role="status" className={status ? "px-4 py-2 text-sm text-gray-600" : "sr-only"}>
          {status}
        </p>
        {page && !page.complete && (
          <p className="border-b border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900">
            {m.search.incomplete}
          </p>
        )}
        <div
          role="grid"
          aria-label={m.list.label}
          aria-rowcount={page?.total ?? -1}
          aria-busy={busy || undefined}
          aria-readonly="true"
          className="flex-1"
        >
          {hits.map((hit, index) => (
            <MessageRow
              key={`${hit.mailbox}\u0000${hit.envelope.uid}`}
              envelope={hit.envelope}
              mailbox={hit.mailbox}
              page={search.page}
              open={hit.envelope.uid === openUid && hit.mailbox === openMailbox}
              rowIndex={firstIndex + index + 1}
              now={now}
              lang={lang}
              href={searchHitHref(hit.mailbox, hit.envelope.uid, search)}
              mailboxName={search.all ? nameOf(hit.mailbox) : undefined}
              selectable={selectable}
            />
          ))}
        </div>
        {page && !busy && hits.length === 0 && (
          <EmptyList title={m.search.emptyTitle} body={m.search.emptyBody} />
        )}
      </div>
    </MessageSelection>
  );
}
