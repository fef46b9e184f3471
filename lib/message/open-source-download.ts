import "server-only";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { fetchMessage } from "@/lib/imap/fetch-message";
import { streamFromMailbox } from "@/lib/imap/stream-from-mailbox";
import { MailError } from "@/lib/mail/mail-error";

/** Streams the raw message (RFC 5322 source) as the server stores it. */
export function openSourceDownload(credentials: ImapCredentials, mailbox: string, uid: number) {
  return streamFromMailbox<{ size: number }>(credentials, mailbox, async (locked) => {
    const fetched = await fetchMessage(locked, uid);
    const download = await locked.client.download(String(uid), undefined, { uid: true });
    if (!download?.content)
      throw new MailError("MESSAGE_NOT_FOUND", "This message does not exist any more.");
    return { meta: { size: fetched.size ?? 0 }, content: download.content };
  });
}
