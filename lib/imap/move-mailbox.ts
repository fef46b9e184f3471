import "server-only";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { findMailboxEntry } from "@/lib/imap/find-mailbox-entry";
import { renameMailboxPath } from "@/lib/imap/rename-mailbox-path";
import { withHierarchyLock } from "@/lib/imap/with-hierarchy-lock";

/** Moves `path` with its children under `parent` (null: the top level), keeping its name. */
export function moveMailbox(
  credentials: ImapCredentials,
  path: string,
  parent: string | null,
): Promise<{ path: string }> {
  return withHierarchyLock(credentials, async (client) => {
    const { delimiter } = await findMailboxEntry(client, path);
    if (parent !== null) await findMailboxEntry(client, parent);
    const name = path.slice(path.lastIndexOf(delimiter) + 1);
    return renameMailboxPath(client, path, parent === null ? name : parent + delimiter + name);
  });
}
