// The search as it lives in the URL (`?q=from:bob 請求書&mailbox=INBOX&page=2`), shared by the
// search page, GET /api/search and the client. Client-safe. No `mailbox`: all mailboxes.
import { MailError } from "@/lib/mail/mail-error";
import { isMailboxName } from "@/lib/mail/mailbox-name";
import { maxSearchQueryLength } from "@/lib/search/parse-search-query";

export interface SearchParams {
  q: string;
  /** null: every mailbox. */
  mailbox: string | null;
  page: number;
}

/** Reads and checks the search from URL parameters; INVALID_INPUT when they cannot be used. */
export function parseSearchParams(params: URLSearchParams): SearchParams {
  const q = (params.get("q") ?? "").trim();
  if (!q) throw new MailError("INVALID_INPUT", "Type something to search for.");
  if (q.length > maxSearchQueryLength)
    throw new MailError("INVALID_INPUT", "The search is too long.");
  const mailbox = params.get("mailbox") || null;
  if (mailbox !== null && !isMailboxName(mailbox))
    throw new MailError("INVALID_INPUT", "This is not a mailbox name.");
  const pageText = params.get("page") ?? "1";
  if (!/^[1-9]\d{0,5}$/.test(pageText)) throw new MailError("INVALID_INPUT", "No such page.");
  return { q, mailbox, page: Number(pageText) };
}

/** The URL parameters of a search, in the order people read them. */
export function toSearchParams({ q, mailbox, page }: SearchParams): URLSearchParams {
  const params = new URLSearchParams({ q });
  if (mailbox !== null) params.set("mailbox", mailbox);
  if (page > 1) params.set("page", String(page));
  return params;
}
