import "server-only";
import type { RenderedSearch } from "@/components/search/use-search-page";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { MailError } from "@/lib/mail/mail-error";
import { parseListSearch, searchApiHref } from "@/lib/search/list-search";
import { runSearch } from "@/lib/search/run-search";
import { loadMail } from "../load-mail";

/**
 * The hits of the search in this request's query (`?q=`), rendered with the list so a reload
 * and a live refresh show the server's truth; null without a search, or for one the server
 * refuses (the pane fetches it, and says why).
 */
export async function renderSearch(
  credentials: ImapCredentials,
  mailbox: string,
  query: URLSearchParams,
): Promise<RenderedSearch | null> {
  const search = parseListSearch(query);
  if (!search) return null;
  try {
    const page = await loadMail(() =>
      runSearch(credentials, {
        q: search.q,
        mailbox: search.all ? null : mailbox,
        page: search.page,
      }),
    );
    return { href: searchApiHref(mailbox, search), page };
  } catch (error) {
    if (error instanceof MailError && error.code === "INVALID_INPUT") return null;
    throw error;
  }
}
