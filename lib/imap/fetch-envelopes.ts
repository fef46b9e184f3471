import "server-only";
import { toEnvelope } from "@/lib/imap/to-envelope";
import { toUidSet } from "@/lib/imap/uid-set";
import type { LockedMailbox } from "@/lib/imap/with-mailbox";
import type { Envelope } from "@/lib/mail/types";
import { completeMessages } from "@/lib/imap/complete-messages";

/**
 * The envelopes of these UIDs of the locked mailbox, in the order given; a UID that is gone
 * (expunged since the search) is left out. One FETCH with what the message list shows.
 */
export async function fetchEnvelopes(
  { client }: LockedMailbox,
  uids: number[],
): Promise<Envelope[]> {
  if (!uids.length) return [];
  const messages = await client.fetchAll(
    toUidSet({ uids }),
    { uid: true, envelope: true, flags: true, size: true, internalDate: true, bodyStructure: true },
    { uid: true },
  );
  const byUid = new Map(
    completeMessages(messages).map((message) => [message.uid, toEnvelope(message)]),
  );
  return uids.flatMap((uid) => byUid.get(uid) ?? []);
}
