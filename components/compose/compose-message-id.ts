// The Message-ID of a compose session, made in the browser when the composer opens: the
// idempotency key of every draft version and of the send. Kept in sessionStorage under the URL
// that opened the composer, so a reload of the same tab keeps it.
import { isMessageId } from "@/lib/mail/message-id-syntax";

const prefix = "tegami:compose:";

function newMessageId(): string {
  // RFC 5322 §3.6.4 id-right: our host name; an IPv6 literal or odd host falls back.
  const host = /^[A-Za-z0-9.-]+$/.test(location.hostname) ? location.hostname : "tegami.invalid";
  return `<${crypto.randomUUID()}@${host}>`;
}

/** The session's Message-ID: a reopened draft's own, else the one this tab made for `key`. */
export function composeMessageId(key: string, fromDraft: string | null): string {
  if (fromDraft && isMessageId(fromDraft)) return fromDraft;
  try {
    const stored = sessionStorage.getItem(prefix + key);
    if (stored && isMessageId(stored)) return stored;
    const made = newMessageId();
    sessionStorage.setItem(prefix + key, made);
    return made;
  } catch {
    // storage disabled: the id lasts as long as the page
    return newMessageId();
  }
}

/** After a send, a discard or once a draft holds the id: the next composer there starts afresh. */
export function forgetComposeMessageId(key: string): void {
  try {
    sessionStorage.removeItem(prefix + key);
  } catch {
    // nothing stored
  }
}
