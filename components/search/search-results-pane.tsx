"use client";

import { useSearchParams } from "next/navigation";
import { useLive } from "@/components/live/live-context";
import { SearchResults } from "@/components/search/search-results";
import { useSearchPage, type RenderedSearch } from "@/components/search/use-search-page";
import { useMailRoute } from "@/components/use-mail-route";
import type { Lang } from "@/lib/i18n/lang";
import { mailErrorText } from "@/lib/i18n/mail-error-text";
import { t } from "@/lib/i18n/messages";
import { parseListSearch, searchApiHref } from "@/lib/search/list-search";

/**
 * The hits of the search in the URL, in the list pane. The layout renders them on a full load
 * and on every live refresh (so the hits, like the list, come back as the server's truth);
 * searches made in place are fetched. Searching every mailbox takes longest, so then the
 * first page of the mailbox shown is fetched beside it and shown until all come.
 */
export function SearchResultsPane({
  account,
  lang,
  rendered,
}: {
  account: string;
  lang: Lang;
  /** The hits the layout rendered (a full load, a live refresh), when it could run the search. */
  rendered: RenderedSearch | null;
}) {
  const m = t(lang);
  const { mailbox, uid } = useMailRoute();
  const { mailboxes } = useLive();
  const here = mailbox ?? "INBOX";
  const search = parseListSearch(useSearchParams()) ?? { q: "", all: false, page: 1 };
  const full = useSearchPage(account, search.q ? searchApiHref(here, search) : null, rendered);
  const quickWanted = search.all && search.page === 1 && !full.done;
  const quick = useSearchPage(
    account,
    quickWanted ? searchApiHref(here, { ...search, all: false }) : null,
  );
  const page = full.page ?? (quickWanted ? quick.page : null);
  const nameOf = (path: string) => mailboxes.find((box) => box.path === path)?.name ?? path;

  return (
    <>
      {full.error && (
        <div
          role="alert"
          className="flex items-center gap-3 bg-red-50 px-4 py-2 text-sm text-red-800"
        >
          <span className="flex-1">
            {m.search.failed}{" "}
            {mailErrorText(full.error, lang) ?? (lang === "en" ? full.error.code : null)}
          </span>
          <button
            type="button"
            onClick={full.retry}
            className="rounded-md px-2 py-1 font-medium underline"
          >
            {m.list.retry}
          </button>
        </div>
      )}
      <SearchResults
        search={search}
        here={here}
        hereName={nameOf(here)}
        nameOf={nameOf}
        page={page}
        partial={!full.done && page !== null}
        busy={!full.done}
        openMailbox={mailbox}
        openUid={uid}
        lang={lang}
      />
    </>
  );
}
