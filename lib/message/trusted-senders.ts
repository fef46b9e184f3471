import "server-only";
import { keyedToken, tokenListHas, tokenListWith } from "@/lib/auth/keyed-token";

// Senders whose remote images a reader always wants ("Always load from news@example.com"),
// kept in this browser's cookie as MACs of (reader, sender): the cookie lists no addresses,
// cannot be extended without AUTH_SECRET, and says nothing for another reader of the browser.
// (The mail server would be the better home, but IMAP has no standard place for settings
// that every server offers.)

export const trustedSendersCookie = "tegami-remote-senders";
export const trustedSendersMaxAgeSeconds = 365 * 24 * 60 * 60;
/** 150 tokens of 16 characters stay well inside the 4 KB a browser keeps for a cookie. */
const maxSenders = 150;

function senderToken(reader: string, sender: string, secret?: string): string {
  const value = `${reader.trim().toLowerCase()}\n${sender.trim().toLowerCase()}`;
  return keyedToken("tegami trusted sender v1", value, 16, secret);
}

export function trustsSender(
  cookieValue: string | null | undefined,
  reader: string,
  sender: string,
  secret?: string,
): boolean {
  return tokenListHas(cookieValue, senderToken(reader, sender, secret));
}

/** The cookie value with `sender` trusted (or no longer trusted) by `reader`. */
export function withTrustedSender(
  cookieValue: string | null | undefined,
  reader: string,
  sender: string,
  trust: boolean,
  secret?: string,
): string {
  return tokenListWith(cookieValue, senderToken(reader, sender, secret), {
    present: trust,
    max: maxSenders,
  });
}
