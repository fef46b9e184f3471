import "server-only";
import { appendMessage, type AppendedMessage } from "@/lib/imap/append-message";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { ensureSpecialMailbox } from "@/lib/imap/ensure-special-mailbox";
import { withImapClient } from "@/lib/imap/session-pool";

/** APPENDs the sent message (with its Bcc header) to \Sent, creating \Sent if the account has none. */
export function saveSentCopy(credentials: ImapCredentials, raw: Buffer): Promise<AppendedMessage> {
  return withImapClient(credentials, async (client) => {
    const sent = await ensureSpecialMailbox(client, "\\Sent", "Sent");
    return appendMessage(client, sent.path, raw, ["\\Seen"]);
  });
}
