import "server-only";
import type { MailSession } from "@/lib/auth/get-mail-session";
import { readMailboxCounts } from "@/lib/imap/read-mailbox-counts";
import { withImapClient } from "@/lib/imap/session-pool";
import { publish } from "@/lib/realtime/event-hub";
import type { MailEvent } from "@/lib/realtime/mail-event";

/**
 * Tells the user's other browsers at once what a send or a draft save changed (new message in
 * Sent or Drafts, an older draft gone, the original flagged), with the new counts, instead of
 * waiting for their IDLE watcher. Best effort: the change itself is already on the server.
 */
export async function announceChanges(session: MailSession, events: MailEvent[]): Promise<void> {
  for (const event of events) publish(session.email, event);
  const mailboxes = new Set(
    events.flatMap((event) =>
      event.type === "added" || event.type === "expunged" || event.type === "flags"
        ? [event.mailbox]
        : [],
    ),
  );
  if (!mailboxes.size) return;
  try {
    await withImapClient(session.credentials, async (client) => {
      for (const mailbox of mailboxes) {
        const counts = await readMailboxCounts(client, mailbox);
        if (counts) publish(session.email, { type: "counts", mailbox, ...counts });
      }
    });
  } catch {
    // The IDLE watcher brings the counts a moment later.
  }
}
