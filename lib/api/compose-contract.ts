// The contracts of the compose routes, shared by the route handlers, the composer and (later)
// the offline outbox that replays them. Client-safe.
import { z } from "zod";
import { mailboxNameSchema } from "@/lib/api/mailbox-name-schema";
import { isMessageId } from "@/lib/mail/message-id-syntax";
import type { MailErrorCode, MailErrorDetails } from "@/lib/mail/mail-error";
import type { Address } from "@/lib/mail/types";

/** An RFC 5322 msg-id with its angle brackets, made by the client when compose opens. */
export const messageIdSchema = z.string().refine(isMessageId, "not a Message-ID");

/** What the user typed into To/Cc/Bcc, as one string ("Ann <a@b>, "Doe, Jo" <j@d>"). */
const addressField = z.string().max(20_000);

/** A file attached to a draft: uploaded through /api/compose/uploads, or a part of a message on the server. */
export const attachmentRefSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("upload"), id: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/) }),
  z.object({
    kind: z.literal("part"),
    mailbox: mailboxNameSchema,
    uid: z.number().int().min(1).max(0xffffffff),
    part: z.string().regex(/^\d+(\.\d+)*$/),
  }),
]);
export type AttachmentRef = z.infer<typeof attachmentRefSchema>;

/** The message the user is answering or forwarding. */
export const composeSourceSchema = z.object({
  mode: z.enum(["reply", "replyAll", "forward"]),
  mailbox: mailboxNameSchema,
  uid: z.number().int().min(1).max(0xffffffff),
});
export type ComposeSource = z.infer<typeof composeSourceSchema>;

export const draftSchema = z.object({
  /** The idempotency key of the whole compose session: every draft version and the sent message share it. */
  messageId: messageIdSchema,
  to: addressField,
  cc: addressField,
  bcc: addressField,
  subject: z.string().max(2000),
  /** Sanitized on the server again before use; null in plain-text mode. */
  html: z.string().max(5_000_000).nullable(),
  text: z.string().max(5_000_000),
  attachments: z.array(attachmentRefSchema).max(100),
  source: composeSourceSchema.nullable(),
  /** Send Japanese as ISO-2022-JP for recipients whose software needs it; UTF-8 otherwise. */
  charset: z.enum(["utf-8", "iso-2022-jp"]).default("utf-8"),
  /**
   * The UID in \Drafts of the version this one replaces, if any. Informational: the server
   * finds older versions by Message-ID, which also works across tabs, processes and restarts.
   */
  draftUid: z.number().int().min(1).nullable().default(null),
});
export type Draft = z.infer<typeof draftSchema>;

/** POST /api/compose/drafts → the new draft's UID in \Drafts. */
export interface SaveDraftResult {
  mailbox: string;
  uid: number;
  /**
   * The draft's attachments, now pointing at parts of the new version (same order as sent).
   * Use these from now on: refs into an older version stop working once it is replaced.
   */
  attachments: AttachmentRef[];
}

/** Things that went wrong after the message was sent; the send itself succeeded. */
export type SendWarning =
  /** The copy could not be appended to \Sent. */
  | "sentCopyFailed"
  /** The original could not be flagged \Answered or $Forwarded. */
  | "originalNotFlagged"
  /** The draft could not be removed from \Drafts. */
  | "draftNotRemoved";

/**
 * POST /api/compose/send. `sent` and `alreadySent` mean delivered to the SMTP server;
 * an unclear outcome is an error with code SEND_STATE_UNKNOWN, never retried silently.
 */
export interface SendResult {
  status: "sent" | "alreadySent";
  messageId: string;
  /** Where the copy was saved, or null when the server saves it itself. */
  sentMailbox: string | null;
  /** Recipients the SMTP server refused while accepting others. */
  rejected: string[];
  warnings: SendWarning[];
}

/**
 * POST /api/compose/uploads with the file itself as the body (not multipart/form-data), its
 * name in `X-Filename` (percent-encoded UTF-8) and its type in `Content-Type` → one stored upload.
 * Past the server's size limit the answer is 413 TOO_LARGE.
 */
export interface UploadResult {
  id: string;
  filename: string;
  contentType: string;
  size: number;
}

/** What the /compose page asks for: a new message, an answer to one, or a draft to reopen. */
export const composeRequestSchema = z.discriminatedUnion("mode", [
  z.object({
    mode: z.literal("new"),
    messageId: messageIdSchema.optional(),
    /** Prefill, e.g. from a mailto: link. */
    to: addressField.optional(),
    subject: z.string().max(2000).optional(),
  }),
  z.object({
    mode: z.enum(["reply", "replyAll", "forward"]),
    mailbox: mailboxNameSchema,
    uid: z.number().int().min(1).max(0xffffffff),
    messageId: messageIdSchema.optional(),
  }),
  z.object({
    mode: z.literal("draft"),
    mailbox: mailboxNameSchema,
    uid: z.number().int().min(1).max(0xffffffff),
  }),
]);
export type ComposeRequest = z.infer<typeof composeRequestSchema>;

/** An attachment as the composer lists it: the ref to send back, and what to show. */
export interface ComposeAttachment {
  ref: AttachmentRef;
  filename: string;
  contentType: string;
  size: number;
}

/** Everything a composer starts from. The `draft` is ready to edit and to POST back. */
export interface ComposeInit {
  draft: Draft;
  /** Labels for `draft.attachments`, same order. */
  attachments: ComposeAttachment[];
  /** The signed-in sender, for display: From is never taken from a request. */
  from: Address;
  /** The message answered or forwarded, for a heading such as "Re: … from Ann". */
  original: { subject: string; from: Address[]; date: string } | null;
}

/** Every compose route answers `{ ok: true, value }` or a typed error. */
export type ComposeResponse<T> =
  | { ok: true; value: T }
  | { ok: false; error: { code: MailErrorCode; message: string; details?: MailErrorDetails } };
