import "server-only";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import type { AttachmentRef, ComposeAttachment } from "@/lib/api/compose-contract";
import type { MailSession } from "@/lib/auth/get-mail-session";
import { findUpload } from "@/lib/compose/upload-store";
import { fetchMessage } from "@/lib/imap/fetch-message";
import { withMailbox } from "@/lib/imap/with-mailbox";
import { MailError } from "@/lib/mail/mail-error";
import type { Attachment } from "@/lib/mail/types";
import { openPartDownload } from "@/lib/message/open-part-download";
import type { OutgoingAttachment } from "@/lib/mime/build-message";
import { planMessageParts } from "@/lib/mime/plan-message-parts";

export type ResolvedAttachment = OutgoingAttachment & ComposeAttachment;

type PartRef = Extract<AttachmentRef, { kind: "part" }>;

/** The attachments of one message as planned for reading, so names and types match what the user saw. */
async function attachmentsOf(
  session: MailSession,
  mailbox: string,
  uid: number,
): Promise<Attachment[]> {
  return withMailbox(session.credentials, mailbox, async (locked) => {
    const fetched = await fetchMessage(locked, uid);
    return planMessageParts(fetched.bodyStructure ?? { type: "text/plain" }).attachments;
  });
}

function partAttachment(
  session: MailSession,
  ref: PartRef,
  listed: Attachment,
): ResolvedAttachment {
  return {
    ref,
    filename: listed.filename,
    contentType: listed.contentType,
    size: listed.size,
    open: async () => {
      const download = await openPartDownload(session.credentials, ref.mailbox, ref.uid, ref.part);
      return Readable.fromWeb(download.body as WebReadableStream<Uint8Array>);
    },
  };
}

/**
 * Names, types and sizes of the attachments of a draft, each with a way to open its bytes
 * later (uploads from disk, parts straight from IMAP). Throws UPLOAD_NOT_FOUND or PART_NOT_FOUND.
 */
export async function resolveAttachments(
  session: MailSession,
  refs: AttachmentRef[],
): Promise<ResolvedAttachment[]> {
  const planned = new Map<string, Promise<Attachment[]>>();
  const resolved: ResolvedAttachment[] = [];
  for (const ref of refs) {
    if (ref.kind === "upload") {
      const upload = await findUpload(session.email, ref.id);
      resolved.push({
        ref,
        filename: upload.filename,
        contentType: upload.contentType,
        size: upload.size,
        open: upload.open,
      });
      continue;
    }
    const key = `${ref.uid}\0${ref.mailbox}`;
    if (!planned.has(key)) planned.set(key, attachmentsOf(session, ref.mailbox, ref.uid));
    const listed = (await planned.get(key))?.find((a) => a.part === ref.part);
    if (!listed)
      throw new MailError(
        "PART_NOT_FOUND",
        "An attachment of the original message no longer exists.",
      );
    resolved.push(partAttachment(session, ref, listed));
  }
  return resolved;
}
