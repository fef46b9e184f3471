import "server-only";
import type {
  AttachmentRef,
  ComposeAttachment,
  ComposeInit,
  ComposeRequest,
  Draft,
} from "@/lib/api/compose-contract";
import type { MailSession } from "@/lib/auth/get-mail-session";
import { formatAddressList } from "@/lib/compose/format-address-list";
import { newMessageId } from "@/lib/compose/new-message-id";
import { openDraft } from "@/lib/compose/open-draft";
import { quoteOriginal, type AttributionLine } from "@/lib/compose/quote-original";
import { readComposeSource, type ComposeSourceMessage } from "@/lib/compose/read-compose-source";
import { replyRecipients } from "@/lib/compose/reply-recipients";
import { replySubject } from "@/lib/compose/reply-subject";
import { htmlToText } from "@/lib/compose/html-to-text";
import { escapeHtml, textToHtml } from "@/lib/compose/text-to-html";
import type { Address } from "@/lib/mail/types";
import { sanitizeMailHtml } from "@/lib/sanitize/sanitize-mail-html";

/** Words the caller localizes; English by default. */
export interface ComposeLabels {
  attribution?: AttributionLine;
  forwarded?: {
    heading: string;
    from: string;
    date: string;
    subject: string;
    to: string;
    cc: string;
  };
}

const englishForward = {
  heading: "---------- Forwarded message ----------",
  from: "From",
  date: "Date",
  subject: "Subject",
  to: "To",
  cc: "Cc",
};

function emptyDraft(messageId: string): Draft {
  return {
    messageId,
    to: "",
    cc: "",
    bcc: "",
    subject: "",
    html: "",
    text: "",
    attachments: [],
    source: null,
    charset: "utf-8",
    draftUid: null,
  };
}

/** The original's body for quoting: its HTML through the one sanitizer (remote content off), or its text. */
function quotable(original: ComposeSourceMessage): { text: string | null; html: string | null } {
  if (original.body?.kind === "text") return { text: original.body.content, html: null };
  if (original.body?.kind !== "html") return { text: "", html: null };
  const { html } = sanitizeMailHtml(original.body.content, {
    allowRemote: false,
    inlineImageUrl: () => null,
    remoteImageUrl: () => null,
    dropStyleSheets: true,
    // The quote becomes the user's own text: no warnings of ours inside it.
    linkMismatchLabel: null,
  });
  return { text: null, html };
}

const author = (original: ComposeSourceMessage) => {
  const from = original.from[0];
  return from?.name || from?.address || "";
};

/** An inline forward: a header block, then the original as it was (not quoted with ">"). */
function forwardBody(original: ComposeSourceMessage, labels: typeof englishForward) {
  const rows = (
    [
      [labels.from, formatAddressList(original.from)],
      [labels.date, new Date(original.date).toUTCString()],
      [labels.subject, original.subject],
      [labels.to, formatAddressList(original.to)],
      [labels.cc, formatAddressList(original.cc)],
    ] as const
  ).filter(([, value]) => value);
  const body = quotable(original);
  const text = [
    labels.heading,
    ...rows.map(([k, v]) => `${k}: ${v}`),
    "",
    body.text ?? htmlToText(body.html ?? ""),
  ];
  const head = [labels.heading, ...rows.map(([k, v]) => `${k}: ${v}`)].map(escapeHtml).join("<br>");
  return {
    text: text.join("\n"),
    html: `<p>${head}</p>${body.html ?? textToHtml(body.text ?? "")}`,
  };
}

function partAttachments(original: ComposeSourceMessage): ComposeAttachment[] {
  return original.attachments.map((a) => {
    const ref: AttachmentRef = {
      kind: "part",
      mailbox: original.mailbox,
      uid: original.uid,
      part: a.part,
    };
    return { ref, filename: a.filename, contentType: a.contentType, size: a.size };
  });
}

async function answer(
  session: MailSession,
  request: Extract<ComposeRequest, { mode: "reply" | "replyAll" | "forward" }>,
  labels: ComposeLabels,
): Promise<ComposeInit> {
  const original = await readComposeSource(session.credentials, request.mailbox, request.uid);
  const draft = emptyDraft(request.messageId ?? newMessageId(session.email));
  draft.subject = replySubject(original.subject, request.mode);
  draft.source = { mode: request.mode, mailbox: original.mailbox, uid: original.uid };
  let attachments: ComposeAttachment[] = [];
  if (request.mode === "forward") {
    Object.assign(draft, forwardBody(original, labels.forwarded ?? englishForward));
    attachments = partAttachments(original);
  } else {
    const recipients = replyRecipients(original, request.mode, [session.email]);
    draft.to = formatAddressList(recipients.to);
    draft.cc = formatAddressList(recipients.cc);
    const quoted = quoteOriginal(
      { date: original.date, author: author(original), ...quotable(original) },
      labels.attribution,
    );
    // The composer puts the empty line to write in above the quote.
    draft.html = quoted.html;
    draft.text = quoted.text;
  }
  draft.attachments = attachments.map((a) => a.ref);
  return {
    draft,
    attachments,
    from: { name: "", address: session.email },
    original: { subject: original.subject, from: original.from, date: original.date },
  };
}

/**
 * Everything the /compose page needs to open a composer: a new message (with the client's
 * Message-ID, or a fresh one), an answer (recipients, subject, quote, the original's
 * attachments for a forward), or a draft reopened from \Drafts.
 */
export async function prepareCompose(
  session: MailSession,
  request: ComposeRequest,
  labels: ComposeLabels = {},
): Promise<ComposeInit> {
  const from: Address = { name: "", address: session.email };
  if (request.mode === "draft")
    return { ...(await openDraft(session, request.mailbox, request.uid)), from };
  if (request.mode !== "new") return answer(session, request, labels);
  const draft = emptyDraft(request.messageId ?? newMessageId(session.email));
  draft.to = request.to ?? "";
  draft.subject = request.subject ?? "";
  return { draft, attachments: [], from, original: null };
}
