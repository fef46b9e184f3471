// What the composer starts from, out of the server's ComposeInit (prepareCompose's answer).
import type { MessageBody } from "@/components/compose/message-field";
import type { AttachmentItem } from "@/components/compose/use-attachments";
import type { ComposeInit } from "@/lib/api/compose-contract";
import { textToHtml } from "@/lib/compose/text-to-html";

/**
 * The editor's first content. An answer starts with an empty line above the quoted original;
 * a draft written in plain text reopens in plain text.
 */
export function initialBody(init: ComposeInit, reopened: boolean): MessageBody {
  const { html, text, source } = init.draft;
  if (reopened && html === null) return { format: "plain", text };
  const content = html ?? (text ? textToHtml(text) : "");
  const quoting = source !== null && !reopened && content !== "";
  return {
    format: "rich",
    initialHtml: quoting ? `<div><br></div>${content}` : content,
    revision: 0,
  };
}

export function initialAttachments(init: ComposeInit): AttachmentItem[] {
  return init.attachments.map((attachment, index) => ({
    key: `initial-${index}`,
    filename: attachment.filename,
    size: attachment.size,
    state: "attached",
    ref: attachment.ref,
  }));
}
