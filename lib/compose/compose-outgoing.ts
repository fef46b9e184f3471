import "server-only";
import type { ComposeSource, Draft } from "@/lib/api/compose-contract";
import type { MailSession } from "@/lib/auth/get-mail-session";
import { draftInfoHeader, formatDraftInfo } from "@/lib/compose/draft-info";
import { htmlToText } from "@/lib/compose/html-to-text";
import { parseAddressList, type AddressList } from "@/lib/compose/parse-address-list";
import { readThreadHeaders } from "@/lib/compose/read-thread-headers";
import { resolveAttachments, type ResolvedAttachment } from "@/lib/compose/resolve-attachments";
import { MailError } from "@/lib/mail/mail-error";
import type { Address } from "@/lib/mail/types";
import type { BuildMessageInput } from "@/lib/mime/build-message";
import { sanitizeOwnHtml } from "@/lib/sanitize/sanitize-own-html";
import type { SmtpEnvelope } from "@/lib/smtp/submit-message";

/** A draft checked and turned into what the builder and the SMTP envelope need. */
export interface OutgoingMessage {
  build: BuildMessageInput;
  envelope: SmtpEnvelope;
  source: ComposeSource | null;
  attachments: ResolvedAttachment[];
}

const forHeaders = (list: AddressList): Address[] =>
  list.addresses.map((a) => ({ name: a.name, address: a.ascii }));

/** Each recipient once for RCPT TO, whichever field named them. */
function uniqueRecipients(addresses: string[]): string[] {
  const seen = new Set<string>();
  return addresses.filter(
    (address) => !seen.has(address.toLowerCase()) && seen.add(address.toLowerCase()),
  );
}

/** The signed-in address: the only From Tegami writes (other identities come later). */
function sender(session: MailSession): Address {
  const [own] = parseAddressList(session.email).addresses;
  return { name: "", address: own?.ascii ?? session.email };
}

/** The composer's HTML through the one sanitizer, and the plain text said the same way. */
function bodies(draft: Draft): { html: string | null; text: string } {
  if (draft.html === null) return { html: null, text: draft.text };
  const html = sanitizeOwnHtml(draft.html);
  return { html, text: htmlToText(html) };
}

/**
 * Parses, validates and resolves a draft. For sending (`purpose: "send"`), an invalid address
 * or no recipient at all is INVALID_INPUT (with the invalid entries); a draft keeps whatever
 * was typed (in X-Tegami-Draft) so nothing is lost.
 */
export async function composeOutgoing(
  session: MailSession,
  draft: Draft,
  purpose: "send" | "draft",
): Promise<OutgoingMessage> {
  const [to, cc, bcc] = [draft.to, draft.cc, draft.bcc].map(parseAddressList) as [
    AddressList,
    AddressList,
    AddressList,
  ];
  const invalid = [...to.invalid, ...cc.invalid, ...bcc.invalid].map((entry) => entry.raw);
  const recipients = [...to.addresses, ...cc.addresses, ...bcc.addresses].map((a) => a.ascii);
  if (purpose === "send" && invalid.length) {
    throw new MailError("INVALID_INPUT", `Not a valid address: ${invalid.join(", ")}`, {
      details: { invalid },
    });
  }
  if (purpose === "send" && !recipients.length)
    throw new MailError("INVALID_INPUT", "Add at least one recipient.");

  const thread = draft.source ? await readThreadHeaders(session.credentials, draft.source) : null;
  const attachments = await resolveAttachments(session, draft.attachments);
  const from = sender(session);
  const headers: Record<string, string> = {};
  if (purpose === "draft") {
    const fields = invalid.length ? { to: draft.to, cc: draft.cc, bcc: draft.bcc } : null;
    headers[draftInfoHeader] = formatDraftInfo({
      source: draft.source,
      charset: draft.charset,
      fields,
    });
  }
  return {
    build: {
      from,
      to: forHeaders(to),
      cc: forHeaders(cc),
      bcc: forHeaders(bcc),
      keepBcc: true,
      subject: draft.subject,
      messageId: draft.messageId,
      date: new Date(),
      inReplyTo: thread?.inReplyTo ?? null,
      references: thread?.references ?? [],
      ...bodies(draft),
      attachments,
      charset: draft.charset,
      headers,
    },
    envelope: { from: from.address, to: uniqueRecipients(recipients) },
    source: draft.source,
    attachments,
  };
}
