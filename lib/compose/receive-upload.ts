import "server-only";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import type { UploadResult } from "@/lib/api/compose-contract";
import type { IncomingUpload } from "@/lib/api/upload-route";
import type { MailSession } from "@/lib/auth/get-mail-session";
import { saveUpload } from "@/lib/compose/upload-store";
import { MailError } from "@/lib/mail/mail-error";
import { maxAttachmentBytes, smtpSizeLimit } from "@/lib/smtp/smtp-size-limit";

// Uploads are the raw file as the request body, not multipart/form-data: request.formData()
// buffers the whole form in memory before the handler sees a byte, while the raw body streams
// to disk chunk by chunk with a byte counter that stops at the limit.

/** Stores one attachment, refusing it (413 TOO_LARGE) past what the SMTP server would take. */
export async function receiveUpload(
  session: MailSession,
  upload: IncomingUpload,
): Promise<UploadResult> {
  const limit = maxAttachmentBytes(await smtpSizeLimit(session.email));
  const tooLarge = () =>
    new MailError(
      "TOO_LARGE",
      `The file is larger than the ${Math.floor(limit / 1048576)} MB the mail server accepts.`,
    );
  if (upload.declaredSize !== null && upload.declaredSize > limit) {
    await upload.body.cancel().catch(() => {});
    throw tooLarge();
  }
  const body = Readable.fromWeb(upload.body as WebReadableStream<Uint8Array>);
  return saveUpload(session.email, body, {
    filename: upload.filename,
    contentType: upload.contentType,
    limit,
  });
}
