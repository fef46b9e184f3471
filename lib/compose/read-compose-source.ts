import "server-only";
import { fetchHeaderFields } from "@/lib/imap/fetch-header-fields";
import { fetchMessage } from "@/lib/imap/fetch-message";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { readTextPart } from "@/lib/imap/read-text-part";
import { messageDate, toAddresses } from "@/lib/imap/to-envelope";
import { withMailbox } from "@/lib/imap/with-mailbox";
import type { Address, Attachment } from "@/lib/mail/types";
import { planMessageParts } from "@/lib/mime/plan-message-parts";

/** A message a composer starts from (the one answered or forwarded, or a draft), unsanitized. */
export interface ComposeSourceMessage {
  mailbox: string;
  uid: number;
  messageId: string | null;
  subject: string;
  from: Address[];
  replyTo: Address[];
  to: Address[];
  cc: Address[];
  bcc: Address[];
  /** ISO 8601. */
  date: string;
  /** The body as the reader would see it: the richest part Tegami renders. */
  body: { kind: "html" | "text"; content: string } | null;
  attachments: Attachment[];
  /** Raw header fields by lowercase name: references, in-reply-to, x-tegami-draft. */
  headers: Record<string, string>;
}

/** Envelope, body and attachment list of one message, in one borrowed mailbox lock. */
export function readComposeSource(
  credentials: ImapCredentials,
  mailbox: string,
  uid: number,
): Promise<ComposeSourceMessage> {
  return withMailbox(credentials, mailbox, async (locked) => {
    const fetched = await fetchMessage(locked, uid);
    const plan = planMessageParts(fetched.bodyStructure ?? { type: "text/plain" });
    const body = plan.body
      ? { kind: plan.body.kind, content: await readTextPart(locked, uid, plan.body.part) }
      : null;
    const headers = await fetchHeaderFields(locked, uid, [
      "references",
      "in-reply-to",
      "x-tegami-draft",
    ]);
    const envelope = fetched.envelope;
    return {
      mailbox: locked.path,
      uid,
      messageId: envelope?.messageId ?? null,
      subject: envelope?.subject ?? "",
      from: toAddresses(envelope?.from),
      replyTo: toAddresses(envelope?.replyTo),
      to: toAddresses(envelope?.to),
      cc: toAddresses(envelope?.cc),
      bcc: toAddresses(envelope?.bcc),
      date: messageDate(fetched),
      body,
      attachments: plan.attachments,
      headers,
    };
  });
}
