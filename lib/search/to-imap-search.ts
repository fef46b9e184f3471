import "server-only";
import type { SearchObject } from "imapflow";
import type { SearchQuery, SearchTerm } from "@/lib/search/parse-search-query";

function termCriterion(term: SearchTerm): SearchObject {
  const criterion: SearchObject = { [term.field]: term.value };
  return term.negated ? { not: criterion } : criterion;
}

/** Midnight UTC of a YYYY-MM-DD day: imapflow sends the day part only (RFC 3501 `date`). */
function day(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

/**
 * AND of criteria that may repeat a key (two TEXT words). imapflow's query object has one
 * value per key, but compiles a one-element `or` to its operand in parentheses, which IMAP
 * reads as AND (RFC 3501 §6.4.4 "search-key list"), so the rest nests there.
 */
export function allOf(criteria: SearchObject[]): SearchObject {
  const [first, ...rest] = criteria;
  if (!first) return { all: true };
  if (!rest.length) return first;
  return { ...first, or: [allOf(rest)] };
}

/**
 * The IMAP SEARCH criteria of a query (RFC 3501 §6.4.4); `skip` leaves out terms the caller
 * matches itself. Dates are the Date header's (SENTBEFORE/SENTSINCE), the date the list shows.
 * has:attachment is approximated by a multipart/mixed Content-Type (IMAP cannot search the
 * MIME structure; RFC 3501 HEADER is a substring match).
 */
export function toImapSearch(
  query: SearchQuery,
  skip: (term: SearchTerm) => boolean = () => false,
): SearchObject {
  const criteria: SearchObject[] = query.terms.filter((term) => !skip(term)).map(termCriterion);
  if (query.unread !== null) criteria.push({ seen: !query.unread });
  if (query.flagged !== null) criteria.push({ flagged: query.flagged });
  if (query.hasAttachment !== null) {
    const mixed: SearchObject = { header: { "content-type": "multipart/mixed" } };
    criteria.push(query.hasAttachment ? mixed : { not: mixed });
  }
  if (query.before) criteria.push({ sentBefore: day(query.before) });
  if (query.after) criteria.push({ sentSince: day(query.after) });
  return allOf(criteria);
}
