import "server-only";
import { toUidSet } from "@/lib/imap/uid-set";
import type { LockedMailbox } from "@/lib/imap/with-mailbox";

/**
 * UIDs of the messages in the locked mailbox whose Message-ID is exactly `messageId`, ascending.
 * UID SEARCH HEADER matches substrings (RFC 3501 §6.4.4), so each hit's ENVELOPE is checked.
 */
export async function findByMessageId(
  { client }: LockedMailbox,
  messageId: string,
): Promise<number[]> {
  const hits = await client.search({ header: { "message-id": messageId } }, { uid: true });
  if (!hits || !hits.length) return [];
  const messages = await client.fetchAll(
    toUidSet({ uids: hits }),
    { uid: true, envelope: true },
    { uid: true },
  );
  return messages
    .filter((message) => message.envelope?.messageId?.trim() === messageId)
    .map((message) => message.uid)
    .sort((a, b) => a - b);
}
