import "server-only";
import type { ImapClient } from "@/lib/imap/create-imap-client";
import { findMailboxEntry } from "@/lib/imap/find-mailbox-entry";
import { toMailboxError } from "@/lib/imap/to-mailbox-error";
import { MailError } from "@/lib/mail/mail-error";
import { newMailboxPathProblem } from "@/lib/mail/new-mailbox-path";

/**
 * RENAME `path` to `newPath` (RFC 3501 §6.3.5: its children move with it), then carry the
 * subscriptions over, which RENAME leaves behind on most servers. INBOX and special-use
 * mailboxes (RFC 6154) stay where they are: renaming INBOX empties it instead (§6.3.5).
 */
export async function renameMailboxPath(
  client: ImapClient,
  path: string,
  newPath: string,
): Promise<{ path: string }> {
  const { entry, children, delimiter } = await findMailboxEntry(client, path);
  if (path.toUpperCase() === "INBOX" || entry.specialUse)
    throw new MailError("ACTION_REFUSED", `The mailbox ${path} cannot be renamed or moved.`);
  const problem = newMailboxPathProblem(newPath, delimiter);
  if (problem) throw new MailError("INVALID_INPUT", problem);
  if (newPath === path) return { path };
  if (newPath.startsWith(path + delimiter))
    throw new MailError("INVALID_INPUT", "A mailbox cannot move into itself.");
  const subscribed = [entry, ...children].filter((e) => e.subscribed).map((e) => e.path);
  try {
    await client.mailboxRename(path, newPath);
  } catch (error) {
    throw toMailboxError(error, newPath);
  }
  for (const old of subscribed) {
    const moved = newPath + old.slice(path.length);
    await client.mailboxUnsubscribe(old);
    await client.mailboxSubscribe(moved);
  }
  return { path: newPath };
}
