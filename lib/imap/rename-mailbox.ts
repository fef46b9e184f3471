import "server-only";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { findMailboxEntry } from "@/lib/imap/find-mailbox-entry";
import { renameMailboxPath } from "@/lib/imap/rename-mailbox-path";
import { withHierarchyLock } from "@/lib/imap/with-hierarchy-lock";
import { MailError } from "@/lib/mail/mail-error";

/** Gives `path` a new last level `name`, under the same parent ("A/Old" → "A/New"). */
export function renameMailbox(
  credentials: ImapCredentials,
  path: string,
  name: string,
): Promise<{ path: string }> {
  return withHierarchyLock(credentials, async (client) => {
    const { delimiter } = await findMailboxEntry(client, path);
    if (name.includes(delimiter))
      throw new MailError("INVALID_INPUT", `A name cannot contain ${delimiter}.`);
    const parent = path.includes(delimiter) ? path.slice(0, path.lastIndexOf(delimiter) + 1) : "";
    return renameMailboxPath(client, path, parent + name);
  });
}
