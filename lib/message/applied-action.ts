import type { MailActionResult } from "@/lib/api/mail-action";
import type { MailEvent } from "@/lib/realtime/mail-event";

/** What one action did on the mail server, before it is announced to the user's browsers. */
export interface AppliedAction {
  result: MailActionResult;
  /** Live events that describe the change, in the order they are to be published. */
  events: MailEvent[];
  /** Mailboxes whose counts the change altered. */
  changedMailboxes: string[];
}
