import "server-only";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { fetchMessage } from "@/lib/imap/fetch-message";
import { streamFromMailbox } from "@/lib/imap/stream-from-mailbox";
import { MailError } from "@/lib/mail/mail-error";
import { safeFilename } from "@/lib/mail/safe-filename";
import { findPart } from "@/lib/mime/find-part";
import { planMessageParts } from "@/lib/mime/plan-message-parts";

export interface PartDownloadMeta {
  filename: string;
  /** The type the sender declared; used only as a label, never to render. */
  contentType: string;
  size: number | null;
}

const mimeToken = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/;

/** Streams one body part, transfer-decoded but otherwise byte for byte as the sender sent it. */
export function openPartDownload(
  credentials: ImapCredentials,
  mailbox: string,
  uid: number,
  part: string,
) {
  return streamFromMailbox<PartDownloadMeta>(credentials, mailbox, async (locked) => {
    const fetched = await fetchMessage(locked, uid);
    const structure = fetched.bodyStructure ?? { type: "text/plain" };
    const node = findPart(structure, part);
    // A forwarded message (message/rfc822) downloads whole, with its own parts inside.
    const isContainer = Boolean(node?.childNodes?.length) && node?.type !== "message/rfc822";
    if (!node || isContainer)
      throw new MailError("PART_NOT_FOUND", "This attachment does not exist.");
    const listed = planMessageParts(structure).attachments.find((a) => a.part === part);
    const declared = node.type.toLowerCase();
    const name = listed?.filename ?? node.dispositionParameters?.filename ?? node.parameters?.name;
    // decodeText: false keeps a text attachment's own charset, so its bytes equal the original.
    const download = await locked.client.download(String(uid), part, {
      uid: true,
      decodeText: false,
    });
    if (!download?.content)
      throw new MailError("PART_NOT_FOUND", "This attachment does not exist.");
    return {
      meta: {
        filename: safeFilename(name, "attachment"),
        contentType: mimeToken.test(declared) ? declared : "application/octet-stream",
        size: download.meta.expectedSize ?? null,
      },
      content: download.content,
    };
  });
}
