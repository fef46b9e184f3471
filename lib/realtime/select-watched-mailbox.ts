import "server-only";
import type { ImapClient } from "@/lib/imap/create-imap-client";
import { toMailError } from "@/lib/imap/to-mail-error";

/** What the watcher knows of its selected mailbox: enough for a QRESYNC re-SELECT. */
export interface MailboxSync {
  path: string;
  uidValidity: bigint;
  highestModseq: bigint | null;
  /** Every UID below this was announced to clients (in the page they loaded, or as `added`). */
  uidNext: number;
}

export const isInbox = (path: string) => path.toUpperCase() === "INBOX";

/** Mailbox paths are case-sensitive, except INBOX (RFC 3501 §5.1). */
export const samePath = (a: string, b: string) => a === b || (isInbox(a) && isInbox(b));

/**
 * SELECTs (read-only) the mailbox the watcher follows. Given what it knew before an outage, it
 * asks for QRESYNC (RFC 7162 §3.2.5): the server then reports every flag change (FETCH) and
 * expunge (VANISHED (EARLIER)) since that HIGHESTMODSEQ during the SELECT itself, as imapflow
 * `flags` and `expunge` events. `resumed` says whether it did; when false, nothing tells what
 * changed meanwhile. A mailbox that no longer exists falls back to INBOX.
 */
export async function selectWatchedMailbox(
  client: ImapClient,
  path: string,
  previous: MailboxSync | null,
): Promise<{ sync: MailboxSync; resumed: boolean }> {
  const canResume =
    previous !== null &&
    previous.highestModseq !== null &&
    samePath(previous.path, path) &&
    client.enabled.has("QRESYNC");
  const qresync = canResume
    ? { uidValidity: previous.uidValidity, changedSince: previous.highestModseq ?? undefined }
    : {};
  let mailbox;
  try {
    // EXAMINE: the watcher only reads, and never takes \Recent from other sessions (RFC 3501 §6.3.2).
    mailbox = await client.mailboxOpen(path, { readOnly: true, ...qresync });
  } catch (error) {
    if (toMailError(error).code !== "MAILBOX_NOT_FOUND" || isInbox(path)) throw error;
    mailbox = await client.mailboxOpen("INBOX", { readOnly: true });
  }
  const resumed =
    canResume &&
    previous.path === mailbox.path &&
    previous.uidValidity === mailbox.uidValidity &&
    !mailbox.noModseq;
  return {
    sync: {
      path: mailbox.path,
      uidValidity: mailbox.uidValidity,
      highestModseq: mailbox.highestModseq ?? null,
      // Resumed: UIDs from the old UIDNEXT on arrived during the outage and are still to announce.
      uidNext: resumed ? previous.uidNext : mailbox.uidNext,
    },
    resumed,
  };
}
