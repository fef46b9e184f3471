import "server-only";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { expungeMessages } from "@/lib/imap/expunge-messages";
import { findByMessageId } from "@/lib/imap/find-by-message-id";
import { findSpecialMailbox } from "@/lib/imap/find-special-mailbox";
import { withImapClient } from "@/lib/imap/session-pool";
import { withMailbox } from "@/lib/imap/with-mailbox";
import type { MailEvent } from "@/lib/realtime/mail-event";

/**
 * Deletes for good the versions of a draft in \Drafts (found by Message-ID, so it works whichever
 * process or tab saved them): all of them after sending, or only those older (lower UID) than
 * `keepFrom` after saving a new one, so a newer version saved concurrently elsewhere survives.
 */
export async function removeDraftVersions(
  credentials: ImapCredentials,
  messageId: string,
  options: { drafts?: string; keepFrom?: number } = {},
): Promise<MailEvent[]> {
  const drafts =
    options.drafts ??
    (await withImapClient(credentials, (client) => findSpecialMailbox(client, "\\Drafts")));
  if (!drafts) return [];
  return withMailbox(credentials, drafts, async (locked) => {
    const found = await findByMessageId(locked, messageId);
    const older =
      options.keepFrom === undefined
        ? found
        : found.filter((uid) => uid < (options.keepFrom as number));
    if (!older.length) return [];
    const gone = await expungeMessages(locked, { uids: older });
    return [{ type: "expunged", mailbox: locked.path, uids: gone ?? older }];
  });
}
