import "server-only";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { subscribeMailbox } from "@/lib/imap/subscribe-mailbox";

/** UNSUBSCRIBE (RFC 3501 §6.3.7): the mailbox stays, hidden from subscribed-only lists. */
export function unsubscribeMailbox(
  credentials: ImapCredentials,
  path: string,
): Promise<{ path: string; subscribed: boolean }> {
  return subscribeMailbox(credentials, path, false);
}
