import "server-only";
import type { ImapClient } from "@/lib/imap/create-imap-client";

export interface MailboxCounts {
  messages: number;
  unseen: number;
}

/**
 * STATUS (MESSAGES UNSEEN), RFC 3501 §6.3.10. The RFC discourages STATUS on the selected
 * mailbox because the answer may run ahead of what the session was told; Dovecot answers from
 * the mailbox's current state, which is exactly what other browsers need to show.
 */
export async function readMailboxCounts(
  client: ImapClient,
  path: string,
): Promise<MailboxCounts | null> {
  const status = await client.status(path, { messages: true, unseen: true });
  if (!status || status.messages === undefined || status.unseen === undefined) return null;
  return { messages: status.messages, unseen: status.unseen };
}
