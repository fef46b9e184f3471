import "server-only";
import { toFlags } from "@/lib/imap/to-envelope";
import { toUidSet } from "@/lib/imap/uid-set";
import type { LockedMailbox } from "@/lib/imap/with-mailbox";
import type { Flag } from "@/lib/mail/types";

/** UID FETCH … (FLAGS) of several messages in one command; UIDs that no longer exist are absent. */
export async function fetchFlags(
  { client }: LockedMailbox,
  uids: number[],
): Promise<Map<number, Flag[]>> {
  const flags = new Map<number, Flag[]>();
  if (!uids.length) return flags;
  const messages = await client.fetchAll(
    toUidSet({ uids }),
    { uid: true, flags: true },
    { uid: true },
  );
  for (const message of messages) flags.set(message.uid, toFlags(message.flags));
  return flags;
}
