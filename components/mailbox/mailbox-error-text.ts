import type { MailboxLabels } from "@/lib/i18n/mailbox-labels";

/** A refused mailbox action in the UI language (the server's English stays in the logs). */
export function mailboxErrorText(code: string, m: MailboxLabels): string {
  switch (code) {
    case "MAILBOX_EXISTS":
      return m.problems.exists;
    case "INVALID_INPUT":
      return m.problems.invalid;
    case "MAILBOX_NOT_FOUND":
      return m.notFound;
    case "ACTION_REFUSED":
      return m.refused;
    default:
      return m.failed;
  }
}
