import type { ComposerFields } from "@/components/compose/composer-fields";
import type { AttachmentItem } from "@/components/compose/use-attachments";
import type { ComposeSource, Draft } from "@/lib/api/compose-contract";
import { htmlToText } from "@/lib/compose/html-to-text";

/**
 * The Draft the routes take, from what the composer holds. `html` is the editor's content in
 * rich mode (sent with a plain-text rendering of it), null in plain mode. Files still
 * uploading are not part of it.
 */
export function buildDraft(parts: {
  messageId: string;
  fields: ComposerFields;
  html: string | null;
  text: string;
  attachments: AttachmentItem[];
  source: ComposeSource | null;
  charset: Draft["charset"];
  draftUid: number | null;
}): Draft {
  const { messageId, fields, html, attachments, source, charset, draftUid } = parts;
  return {
    messageId,
    to: fields.to,
    cc: fields.cc,
    bcc: fields.bcc,
    subject: fields.subject,
    html,
    text: html === null ? parts.text : htmlToText(html),
    attachments: attachments.flatMap((item) => (item.state === "attached" ? [item.ref] : [])),
    source,
    charset,
    draftUid,
  };
}
