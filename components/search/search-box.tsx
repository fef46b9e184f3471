"use client";

import Form from "next/form";
import { useSearchParams } from "next/navigation";
import { useMailRoute } from "@/components/use-mail-route";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { mailboxHref } from "@/lib/mail/mail-urls";
import { parseListSearch } from "@/lib/search/list-search";

/** The id `/` focuses (components/keyboard/keyboard-shortcuts.tsx). */
export const searchBoxId = "search-mail";

/**
 * The Search mail box: a GET form to the mailbox shown (`/mail/<mailbox>?q=…`), so it works
 * before any script runs; searching all mailboxes stays on while the user refines the words.
 */
export function SearchBox({ lang }: { lang: Lang }) {
  const m = t(lang).search;
  const { mailbox } = useMailRoute();
  const search = parseListSearch(useSearchParams());
  return (
    <Form
      action={mailboxHref(mailbox ?? "INBOX")}
      role="search"
      className="order-last flex min-w-0 basis-full items-center md:order-none md:ml-3 md:max-w-md md:flex-1 md:basis-auto"
    >
      <input
        // A new search in the URL (back, forward, a link) shows its own words.
        key={search?.q ?? ""}
        id={searchBoxId}
        type="search"
        name="q"
        aria-label={m.label}
        placeholder={m.label}
        defaultValue={search?.q ?? ""}
        enterKeyHint="search"
        autoComplete="off"
        maxLength={500}
        required
        className="focus:border-ink-600 min-h-11 w-full min-w-0 rounded-md border border-gray-300 bg-gray-50 px-3 text-sm placeholder:text-gray-500 focus:bg-white md:min-h-8"
      />
      {search?.all && <input type="hidden" name="scope" value="all" />}
    </Form>
  );
}
