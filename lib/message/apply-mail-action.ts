import "server-only";
import type { MailAction, MailActionResult } from "@/lib/api/mail-action";
import type { MailSession } from "@/lib/auth/get-mail-session";
import { readMailboxCounts } from "@/lib/imap/read-mailbox-counts";
import { withImapClient } from "@/lib/imap/session-pool";
import type { AppliedAction } from "@/lib/message/applied-action";
import { applyFlagChange } from "@/lib/message/apply-flag-change";
import { applyMove } from "@/lib/message/apply-move";
import { publish } from "@/lib/realtime/event-hub";

function apply(session: MailSession, { mailbox, target, action, uidValidity }: MailAction) {
  const { credentials } = session;
  switch (action.type) {
    case "seen":
      return applyFlagChange(credentials, mailbox, target, "\\Seen", action.value, uidValidity);
    case "flagged":
      return applyFlagChange(credentials, mailbox, target, "\\Flagged", action.value, uidValidity);
    default:
      return applyMove(credentials, mailbox, target, action, uidValidity);
  }
}

/** One STATUS per changed mailbox, published as it arrives. */
async function publishCounts(session: MailSession, mailboxes: string[]): Promise<void> {
  try {
    await withImapClient(session.credentials, async (client) => {
      for (const mailbox of new Set(mailboxes)) {
        const counts = await readMailboxCounts(client, mailbox);
        if (counts) publish(session.email, { type: "counts", mailbox, ...counts });
      }
    });
  } catch {
    // The change itself went through; the IDLE watcher brings the counts a moment later.
  }
}

/**
 * Applies one user action on the mail server, then, only once the server has accepted it,
 * tells the user's other browsers at once: IDLE would report the change only after Dovecot's
 * fixed 500 ms notify delay.
 */
export async function applyMailAction(
  session: MailSession,
  action: MailAction,
): Promise<MailActionResult> {
  const applied: AppliedAction = await apply(session, action);
  for (const event of applied.events) publish(session.email, event);
  await publishCounts(session, applied.changedMailboxes);
  return applied.result;
}
