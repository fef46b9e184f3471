import "server-only";
import type { ImapClient, ImapCredentials } from "@/lib/imap/create-imap-client";
import { withMailbox } from "@/lib/imap/with-mailbox";

/**
 * Runs a change to the mailbox hierarchy (CREATE, RENAME, DELETE, SUBSCRIBE) while holding the
 * connection's mailbox lock, on INBOX. imapflow unselects a mailbox before renaming or deleting
 * it; with the lock held, no other request of the user is reading it at that moment.
 */
export function withHierarchyLock<T>(
  credentials: ImapCredentials,
  fn: (client: ImapClient) => Promise<T>,
): Promise<T> {
  return withMailbox(credentials, "INBOX", ({ client }) => fn(client));
}
