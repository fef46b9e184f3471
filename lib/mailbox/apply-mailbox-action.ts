import "server-only";
import type { MailboxAction, MailboxActionResult } from "@/lib/api/mailbox-action";
import type { MailSession } from "@/lib/auth/get-mail-session";
import { createMailbox } from "@/lib/imap/create-mailbox";
import { deleteMailbox } from "@/lib/imap/delete-mailbox";
import { emptyMailbox } from "@/lib/imap/empty-mailbox";
import { moveMailbox } from "@/lib/imap/move-mailbox";
import { renameMailbox } from "@/lib/imap/rename-mailbox";
import { subscribeMailbox } from "@/lib/imap/subscribe-mailbox";
import { unsubscribeMailbox } from "@/lib/imap/unsubscribe-mailbox";
import { publish } from "@/lib/realtime/event-hub";

async function apply(session: MailSession, action: MailboxAction): Promise<MailboxActionResult> {
  const { credentials } = session;
  switch (action.type) {
    case "create":
      return createMailbox(credentials, action.path);
    case "rename":
      return renameMailbox(credentials, action.path, action.name);
    case "move":
      return moveMailbox(credentials, action.path, action.parent);
    case "delete": {
      const { deleted } = await deleteMailbox(credentials, action.path, action.withChildren);
      return { path: action.path, deleted };
    }
    case "subscribe":
      return subscribeMailbox(credentials, action.path);
    case "unsubscribe":
      return unsubscribeMailbox(credentials, action.path);
    case "empty":
      return emptyMailbox(credentials, action.path);
  }
}

/**
 * Applies one change to the user's mailboxes and, once the server has accepted it, tells the
 * user's other tabs to refetch their mailbox list (IMAP has no push for the hierarchy).
 */
export async function applyMailboxAction(
  session: MailSession,
  action: MailboxAction,
): Promise<MailboxActionResult> {
  const result = await apply(session, action);
  if (action.type === "empty") {
    publish(session.email, { type: "resync", mailbox: result.path });
    publish(session.email, { type: "counts", mailbox: result.path, unseen: 0, messages: 0 });
  } else {
    publish(session.email, { type: "mailboxes" });
  }
  return result;
}
