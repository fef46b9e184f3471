import "server-only";
import type { LockedMailbox } from "@/lib/imap/with-mailbox";
import { MailError } from "@/lib/mail/mail-error";

/** Text bodies beyond this are cut: nobody reads 8 MB of text in a browser pane. */
export const maxTextBytes = 8 * 1024 * 1024;

/**
 * Downloads one text part, transfer-decoded and converted to UTF-8 from its charset
 * (imapflow handles ISO-2022-JP, Shift_JIS and EUC-JP as well as the iconv charsets).
 */
export async function readTextPart(
  { client }: LockedMailbox,
  uid: number,
  part: string,
): Promise<string> {
  const download = await client.download(String(uid), part, { uid: true, maxBytes: maxTextBytes });
  if (!download?.content)
    throw new MailError("PART_NOT_FOUND", "This part of the message does not exist.");
  const chunks: Buffer[] = [];
  for await (const chunk of download.content) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
