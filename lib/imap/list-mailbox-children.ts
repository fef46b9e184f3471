import "server-only";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { findMailboxEntry } from "@/lib/imap/find-mailbox-entry";
import { withImapClient } from "@/lib/imap/session-pool";

/** The paths below `path`, deepest first: what deleting it would delete too. */
export function listMailboxChildren(credentials: ImapCredentials, path: string): Promise<string[]> {
  return withImapClient(credentials, async (client) => {
    const { children } = await findMailboxEntry(client, path);
    return children.map((child) => child.path);
  });
}
