import "server-only";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { findMailboxEntry } from "@/lib/imap/find-mailbox-entry";
import { toMailboxError } from "@/lib/imap/to-mailbox-error";
import { withHierarchyLock } from "@/lib/imap/with-hierarchy-lock";
import { MailError } from "@/lib/mail/mail-error";

/**
 * DELETEs `path` and its messages (RFC 3501 §6.3.4). With children it refuses with
 * MAILBOX_HAS_CHILDREN naming them, so the UI can ask first; with `withChildren` they go
 * too, deepest first. INBOX and special-use mailboxes (RFC 6154) are never deleted.
 */
export function deleteMailbox(
  credentials: ImapCredentials,
  path: string,
  withChildren = false,
): Promise<{ deleted: string[] }> {
  return withHierarchyLock(credentials, async (client) => {
    const { entry, children } = await findMailboxEntry(client, path);
    const protectedOne = [entry, ...children].find(
      (e) => e.path.toUpperCase() === "INBOX" || e.specialUse,
    );
    if (protectedOne)
      throw new MailError("ACTION_REFUSED", `The mailbox ${protectedOne.path} cannot be deleted.`);
    if (children.length && !withChildren) {
      throw new MailError("MAILBOX_HAS_CHILDREN", `The mailbox ${path} has mailboxes inside it.`, {
        details: { children: children.map((child) => child.path) },
      });
    }
    const deleted: string[] = [];
    for (const target of [...children, entry]) {
      try {
        await client.mailboxDelete(target.path);
        deleted.push(target.path);
      } catch (error) {
        const mapped = toMailboxError(error, target.path);
        // A parent that existed only through its children is gone with them (Dovecot).
        const implied = target.flags.has("\\NonExistent") || target.flags.has("\\Noselect");
        if (mapped.code !== "MAILBOX_NOT_FOUND" || !implied) throw mapped;
        deleted.push(target.path);
      }
    }
    return { deleted };
  });
}
