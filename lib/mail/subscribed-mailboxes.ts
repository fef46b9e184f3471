// Which mailboxes the Folders nav shows: the subscribed ones (RFC 3501 §6.3.6), as other mail
// clients do. Client-safe.
import type { Mailbox } from "@/lib/mail/types";

/**
 * The Inbox, the special-use mailboxes (RFC 6154) and every subscribed mailbox, plus the
 * parents of subscribed ones, so "プロジェクト/2026" stays nested under "プロジェクト" even
 * when only the child is subscribed (as LSUB shows such parents, RFC 3501 §6.3.9).
 */
export function subscribedMailboxes(mailboxes: readonly Mailbox[]): Mailbox[] {
  const shown = new Set<string>();
  const byPath = new Map(mailboxes.map((mailbox) => [mailbox.path, mailbox]));
  for (const mailbox of mailboxes) {
    if (!mailbox.subscribed && mailbox.role === null) continue;
    // Walk up through the parents; the set stops a loop a broken server could report.
    for (
      let at: Mailbox | undefined = mailbox;
      at && !shown.has(at.path);
      at = at.parentPath === null ? undefined : byPath.get(at.parentPath)
    ) {
      shown.add(at.path);
    }
  }
  return mailboxes.filter((mailbox) => shown.has(mailbox.path));
}
