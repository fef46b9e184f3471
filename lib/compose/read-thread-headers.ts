import "server-only";
import type { ComposeSource } from "@/lib/api/compose-contract";
import { threadHeaders, type ThreadHeaders } from "@/lib/compose/thread-headers";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { fetchHeaderFields } from "@/lib/imap/fetch-header-fields";
import { withMailbox } from "@/lib/imap/with-mailbox";
import { MailError } from "@/lib/mail/mail-error";

/**
 * In-Reply-To and References for an answer to `source`, read from the original itself at the
 * moment of sending (never from the request). Null when the original is gone: the reply still
 * goes, unthreaded.
 */
export async function readThreadHeaders(
  credentials: ImapCredentials,
  source: ComposeSource,
): Promise<ThreadHeaders | null> {
  try {
    return await withMailbox(credentials, source.mailbox, async (locked) => {
      const fields = await fetchHeaderFields(locked, source.uid, [
        "message-id",
        "references",
        "in-reply-to",
      ]);
      if (!Object.keys(fields).length) return null;
      return threadHeaders({
        messageId: fields["message-id"] ?? null,
        references: fields.references ?? null,
        inReplyTo: fields["in-reply-to"] ?? null,
      });
    });
  } catch (error) {
    if (
      error instanceof MailError &&
      (error.code === "MAILBOX_NOT_FOUND" || error.code === "MESSAGE_NOT_FOUND")
    )
      return null;
    throw error;
  }
}
