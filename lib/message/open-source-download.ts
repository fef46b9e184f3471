import "server-only";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { fetchMessage } from "@/lib/imap/fetch-message";
import { streamFromMailbox } from "@/lib/imap/stream-from-mailbox";
import { MailError } from "@/lib/mail/mail-error";
import { safeFilename } from "@/lib/mail/safe-filename";

/** The download's name: the subject made safe, with the extension mail programs open. */
function sourceFilename(subject: string | undefined): string {
  return `${safeFilename(subject?.slice(0, 120), "message").replace(/\.eml$/i, "")}.eml`;
}

/** Streams the raw message (RFC 5322 source) as the server stores it. */
export function openSourceDownload(credentials: ImapCredentials, mailbox: string, uid: number) {
  return streamFromMailbox<{ size: number; filename: string }>(
    credentials,
    mailbox,
    async (locked) => {
      const fetched = await fetchMessage(locked, uid);
      const download = await locked.client.download(String(uid), undefined, { uid: true });
      if (!download?.content)
        throw new MailError("MESSAGE_NOT_FOUND", "This message does not exist any more.");
      return {
        meta: { size: fetched.size ?? 0, filename: sourceFilename(fetched.envelope?.subject) },
        content: download.content,
      };
    },
  );
}
