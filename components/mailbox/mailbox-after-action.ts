// Where the page goes after a mailbox action. Client-safe and pure.
import type { MailboxAction, MailboxActionResult } from "@/lib/api/mailbox-action";
import { pathAfterMove } from "@/lib/mail/mailbox-path";

/**
 * The mailbox to show instead of `shown` once `action` is done: its new path when it (or a
 * parent) was renamed or moved, the Inbox when it was deleted; null when it stays as it is.
 */
export function mailboxAfterAction(
  shown: string | null,
  action: MailboxAction,
  result: MailboxActionResult,
  delimiter: string,
): string | null {
  if (shown === null) return null;
  if (action.type === "rename" || action.type === "move") {
    const next = pathAfterMove(shown, action.path, result.path, delimiter);
    return next === shown ? null : next;
  }
  if (action.type === "delete" && result.deleted?.includes(shown)) return "INBOX";
  return null;
}
