import type { ComposeRequest } from "@/lib/api/compose-contract";
import { mailboxHref, messageHref } from "@/lib/mail/mail-urls";

/** Where the full-screen composer leaves to: the message answered, Drafts, or the Inbox. */
export function composeCloseHref(request: ComposeRequest): string {
  if (request.mode === "new") return mailboxHref("INBOX");
  if (request.mode === "draft") return mailboxHref(request.mailbox);
  return messageHref(request.mailbox, request.uid);
}
