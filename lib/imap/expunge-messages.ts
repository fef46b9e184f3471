import "server-only";
import type { ExpungeEvent } from "imapflow";
import { toUidSet, type UidTarget } from "@/lib/imap/uid-set";
import type { LockedMailbox } from "@/lib/imap/with-mailbox";
import { MailError } from "@/lib/mail/mail-error";

/**
 * Deletes exactly these messages for good: UID STORE +FLAGS (\Deleted), then UID EXPUNGE of
 * the same UID set (RFC 4315 §2.1). A plain EXPUNGE would also remove every other message
 * that anyone marked \Deleted, so without UIDPLUS this refuses when such messages exist.
 * Returns the UIDs the server reported gone (VANISHED, RFC 7162 §3.2.10), or null when it
 * did not say which (no QRESYNC).
 */
export async function expungeMessages(
  { client, path }: LockedMailbox,
  target: UidTarget,
): Promise<number[] | null> {
  const uidSet = toUidSet(target);
  if (!client.capabilities.has("UIDPLUS") && "uids" in target) {
    const ours = new Set(target.uids);
    const deleted = (await client.search({ deleted: true }, { uid: true })) || [];
    if (deleted.some((uid) => !ours.has(uid))) {
      throw new MailError(
        "ACTION_REFUSED",
        "This mail server can only delete for good together with other messages marked deleted.",
      );
    }
  }

  const gone: number[] = [];
  let reported = false;
  const onExpunge = (event: ExpungeEvent) => {
    if (event.path !== path) return;
    if (event.uid) gone.push(event.uid);
    else reported = true;
  };
  client.on("expunge", onExpunge);
  try {
    // imapflow's messageDelete stores \Deleted first and sends UID EXPUNGE <set> under UIDPLUS.
    const deleted = await client.messageDelete(uidSet, { uid: true });
    if (!deleted) {
      if (!client.usable) throw new MailError("SERVER_UNREACHABLE", "The mail server went away.");
      throw new MailError("ACTION_REFUSED", "The mail server refused to delete the messages.");
    }
  } finally {
    client.off("expunge", onExpunge);
  }
  // EXPUNGE with sequence numbers only (no QRESYNC): the server did not name the UIDs.
  if (reported && !gone.length) return "uids" in target ? [...target.uids] : null;
  return gone.sort((a, b) => a - b);
}
