import "server-only";
import type { ListResponse } from "imapflow";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { withImapClient } from "@/lib/imap/session-pool";
import type { Mailbox, MailboxRole } from "@/lib/mail/types";

const roles: Record<string, MailboxRole> = {
  "\\Inbox": "inbox",
  "\\Drafts": "drafts",
  "\\Sent": "sent",
  "\\Archive": "archive",
  "\\Junk": "junk",
  "\\Trash": "trash",
};

export function toMailbox(entry: ListResponse): Mailbox {
  const selectable = !entry.flags.has("\\Noselect") && !entry.flags.has("\\NonExistent");
  return {
    // imapflow decodes modified UTF-7 (RFC 3501 §5.1.3) into `path` and `name`.
    path: entry.path,
    name: entry.name,
    parentPath: entry.parentPath || null,
    delimiter: entry.delimiter,
    role: entry.path.toUpperCase() === "INBOX" ? "inbox" : (roles[entry.specialUse ?? ""] ?? null),
    selectable,
    // imapflow sets it only on subscribed ones (and on all when the server reports no state).
    subscribed: entry.subscribed === true,
    unseen: entry.status?.unseen ?? 0,
    messages: entry.status?.messages ?? 0,
  };
}

/**
 * Every mailbox with its counts. imapflow asks LIST-STATUS (RFC 5819) where the server has
 * it, so the counts come in the same round trip; otherwise one STATUS per mailbox.
 */
export function listMailboxes(credentials: ImapCredentials): Promise<Mailbox[]> {
  return withImapClient(credentials, async (client) => {
    // STATUS of the mailbox this connection has selected answers from the session's view
    // (RFC 3501 §6.3.10): a NOOP lets Dovecot sync it first, so new mail is counted.
    if (client.mailbox) await client.noop();
    const entries = await client.list({ statusQuery: { messages: true, unseen: true } });
    return entries.map(toMailbox);
  });
}
