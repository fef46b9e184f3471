// A search shown in the list pane, as the page URL carries it: `/mail/<mailbox>?q=…` searches
// that mailbox, `&scope=all` every mailbox, `&page=` pages the hits. An open hit keeps the
// same query (`/mail/<its mailbox>/<uid>?q=…`), so the list beside it still shows the hits.
// Client-safe.
import { toSearchParams } from "@/lib/api/search-params";
import { mailboxSegment } from "@/lib/mail/mail-urls";

export interface ListSearch {
  q: string;
  /** Every mailbox, not only the one in the path. */
  all: boolean;
  page: number;
}

/** The search of a page URL's query, or null when it shows a plain mailbox. */
export function parseListSearch(params: URLSearchParams): ListSearch | null {
  const q = (params.get("q") ?? "").trim();
  if (!q) return null;
  const pageText = params.get("page") ?? "";
  const page = /^[1-9]\d{0,5}$/.test(pageText) ? Number(pageText) : 1;
  return { q, all: params.get("scope") === "all", page };
}

/** The query string (without `?`) of a search, in the order people read it. */
export function listSearchQuery({ q, all, page }: ListSearch): string {
  const params = new URLSearchParams({ q });
  if (all) params.set("scope", "all");
  if (page > 1) params.set("page", String(page));
  return params.toString();
}

/** The list of hits beside mailbox `mailbox`. */
export function listSearchHref(mailbox: string, search: ListSearch): string {
  return `/mail/${mailboxSegment(mailbox)}?${listSearchQuery(search)}`;
}

/** A hit opened: the message in its own mailbox, the hits still listed beside it. */
export function searchHitHref(mailbox: string, uid: number, search: ListSearch): string {
  return `/mail/${mailboxSegment(mailbox)}/${uid}?${listSearchQuery(search)}`;
}

/** GET /api/search for a search shown beside `mailbox`. */
export function searchApiHref(mailbox: string, { q, all, page }: ListSearch): string {
  return `/api/search?${toSearchParams({ q, mailbox: all ? null : mailbox, page }).toString()}`;
}
