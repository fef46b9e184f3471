import "server-only";
import {
  messageIdSchema,
  type ComposeAttachment,
  type ComposeInit,
} from "@/lib/api/compose-contract";
import type { MailSession } from "@/lib/auth/get-mail-session";
import { parseDraftInfo } from "@/lib/compose/draft-info";
import { formatAddressList } from "@/lib/compose/format-address-list";
import { htmlToText } from "@/lib/compose/html-to-text";
import { newMessageId } from "@/lib/compose/new-message-id";
import { readComposeSource, type ComposeSourceMessage } from "@/lib/compose/read-compose-source";
import { sanitizeOwnHtml } from "@/lib/sanitize/sanitize-own-html";

/** What Tegami wrote between <body> and </body> (buildMessage wraps the fragment in a document). */
function bodyFragment(html: string): string {
  return /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
}

function draftBodies(message: ComposeSourceMessage): { html: string | null; text: string } {
  if (message.body?.kind !== "html") return { html: null, text: message.body?.content ?? "" };
  const html = sanitizeOwnHtml(bodyFragment(message.body.content));
  return { html, text: htmlToText(html) };
}

/**
 * Reopens a draft from (mailbox, uid): its fields, body and attachments (as refs to its own
 * parts), its Message-ID (so the next save replaces it, and the send stays the same message),
 * and what Tegami remembered in X-Tegami-Draft (the message it answers, the charset, the
 * address fields as typed).
 */
export async function openDraft(
  session: MailSession,
  mailbox: string,
  uid: number,
): Promise<Omit<ComposeInit, "from">> {
  const message = await readComposeSource(session.credentials, mailbox, uid);
  const info = parseDraftInfo(message.headers["x-tegami-draft"]);
  const fields = info.fields ?? {
    to: formatAddressList(message.to),
    cc: formatAddressList(message.cc),
    bcc: formatAddressList(message.bcc),
  };
  const attachments: ComposeAttachment[] = message.attachments.map((a) => ({
    ref: { kind: "part", mailbox: message.mailbox, uid, part: a.part },
    filename: a.filename,
    contentType: a.contentType,
    size: a.size,
  }));
  return {
    draft: {
      // A Message-ID our contract cannot carry (another client's odd one) gets a new identity.
      messageId: messageIdSchema.safeParse(message.messageId).success
        ? (message.messageId as string)
        : newMessageId(session.email),
      ...fields,
      subject: message.subject,
      ...draftBodies(message),
      attachments: attachments.map((a) => a.ref),
      source: info.source,
      charset: info.charset,
      draftUid: uid,
    },
    attachments,
    original: null,
  };
}
