import type { MailAction, MailActionResult } from "@/lib/api/mail-action";
import { postJson, type ApiAnswer } from "@/lib/api/post-json";

/** POST /api/mail/actions (see lib/api/post-json.ts for NETWORK and HTTP_<status> answers). */
export function postMailAction(action: MailAction): Promise<ApiAnswer<MailActionResult>> {
  return postJson<MailActionResult>("/api/mail/actions", action);
}
