import type { MailboxAction, MailboxActionResult } from "@/lib/api/mailbox-action";
import { postJson, type ApiAnswer } from "@/lib/api/post-json";

/** POST /api/mailboxes/actions (see lib/api/post-json.ts for NETWORK and HTTP_<status>). */
export function postMailboxAction(action: MailboxAction): Promise<ApiAnswer<MailboxActionResult>> {
  return postJson<MailboxActionResult>("/api/mailboxes/actions", action);
}
