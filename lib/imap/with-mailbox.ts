import "server-only";
import type { ImapClient, ImapCredentials } from "@/lib/imap/create-imap-client";
import { withImapClient } from "@/lib/imap/session-pool";

/** A mailbox selected and locked for the caller; released when the callback ends. */
export interface LockedMailbox {
  client: ImapClient;
  path: string;
  uidValidity: string;
  /** EXISTS: the number of messages in the mailbox. */
  exists: number;
}

/**
 * Borrows the user's connection with `mailbox` selected (read-write, so \Seen can be set)
 * and holds imapflow's mailbox lock while `fn` runs: no other request of this user can
 * select another mailbox under its feet.
 */
export function withMailbox<T>(
  credentials: ImapCredentials,
  mailbox: string,
  fn: (locked: LockedMailbox) => Promise<T>,
): Promise<T> {
  return withImapClient(credentials, async (client) => {
    const wasSelected = client.mailbox && client.mailbox.path === mailbox;
    const lock = await client.getMailboxLock(mailbox);
    try {
      // A mailbox that stayed selected learns of other sessions' changes only when the server
      // may report them: NOOP lets Dovecot sync it (RFC 3501 §6.1.2) before we read.
      if (wasSelected) await client.noop();
      const selected = client.mailbox;
      if (!selected)
        throw Object.assign(new Error("No mailbox selected"), { mailboxMissing: true });
      return await fn({
        client,
        path: selected.path,
        uidValidity: String(selected.uidValidity),
        exists: selected.exists,
      });
    } finally {
      lock.release();
    }
  });
}
