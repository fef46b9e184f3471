import "server-only";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { expungeMessages } from "@/lib/imap/expunge-messages";
import { findMailboxEntry } from "@/lib/imap/find-mailbox-entry";
import { withMailbox } from "@/lib/imap/with-mailbox";
import { MailError } from "@/lib/mail/mail-error";

const emptiable = new Set(["\\Trash", "\\Junk"]);

/**
 * Deletes every message of the \Trash or \Junk mailbox (RFC 6154) for good: UID STORE
 * \Deleted and UID EXPUNGE of 1:* (RFC 4315). Any other mailbox is refused: emptying
 * is no way to lose an INBOX. Returns how many messages went.
 */
export function emptyMailbox(
  credentials: ImapCredentials,
  path: string,
): Promise<{ path: string; expunged: number }> {
  return withMailbox(credentials, path, async (locked) => {
    const { entry } = await findMailboxEntry(locked.client, locked.path);
    if (!emptiable.has(entry.specialUse ?? ""))
      throw new MailError("ACTION_REFUSED", "Only Trash and Junk can be emptied.");
    if (!locked.exists) return { path: locked.path, expunged: 0 };
    const gone = await expungeMessages(locked, { all: true });
    return { path: locked.path, expunged: gone ? gone.length : locked.exists };
  });
}
