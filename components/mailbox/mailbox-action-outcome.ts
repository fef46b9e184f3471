import type { DialogOutcome } from "@/components/mailbox/mailbox-dialog";
import { mailboxErrorText } from "@/components/mailbox/mailbox-error-text";
import type { MailboxActionResult } from "@/lib/api/mailbox-action";
import type { ApiAnswer } from "@/lib/api/post-json";
import type { MailboxLabels } from "@/lib/i18n/mailbox-labels";

/** A dialog closes when the server agreed, and says why when it did not. */
export function mailboxActionOutcome(
  answer: ApiAnswer<MailboxActionResult>,
  m: MailboxLabels,
): DialogOutcome {
  return answer.ok ? "done" : { error: mailboxErrorText(answer.error.code, m) };
}
