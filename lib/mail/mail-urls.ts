// Every URL of a mailbox, message or part is built here, so the shape `/mail/<mailbox>/<uid>`
// and the API paths stay the same for pages, components and tests.

/** A mailbox path as one URL segment: "/" and non-ASCII are percent-encoded. */
export function mailboxSegment(mailbox: string): string {
  return encodeURIComponent(mailbox);
}

function withPage(href: string, page: number | undefined): string {
  return page && page > 1 ? `${href}?page=${page}` : href;
}

export function mailboxHref(mailbox: string, page?: number): string {
  return withPage(`/mail/${mailboxSegment(mailbox)}`, page);
}

export function messageHref(mailbox: string, uid: number, page?: number): string {
  return withPage(`/mail/${mailboxSegment(mailbox)}/${uid}`, page);
}

function messageApi(mailbox: string, uid: number): string {
  return `/api/mail/${mailboxSegment(mailbox)}/${uid}`;
}

/** Download of one body part (always as an attachment). */
export function partHref(mailbox: string, uid: number, part: string): string {
  return `${messageApi(mailbox, uid)}/parts/${encodeURIComponent(part)}`;
}

/** An inline image (`cid:`) shown inside the message frame. */
export function inlinePartHref(mailbox: string, uid: number, part: string): string {
  return `${partHref(mailbox, uid, part)}?inline=1`;
}

/** The sanitized HTML body as a document of its own, for the sandboxed iframe. */
export function bodyHref(mailbox: string, uid: number, remote: boolean): string {
  return `${messageApi(mailbox, uid)}/body${remote ? "?remote=1" : ""}`;
}

/** The opened message as JSON (what the device store keeps of a flagged message). */
export function messageJsonHref(mailbox: string, uid: number): string {
  return messageApi(mailbox, uid);
}

/** The raw message (RFC 5322 source). */
export function sourceHref(mailbox: string, uid: number): string {
  return `${messageApi(mailbox, uid)}/source`;
}

/** One page of a mailbox's envelopes, as JSON (the list fetches pages the server did not render). */
export function envelopesHref(mailbox: string, page: number): string {
  return `/api/mail/${mailboxSegment(mailbox)}/envelopes?page=${page}`;
}
