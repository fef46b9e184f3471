import "server-only";
import type { ImapClient } from "@/lib/imap/create-imap-client";
import { expungeMessages } from "@/lib/imap/expunge-messages";
import { toUidSet, type UidTarget } from "@/lib/imap/uid-set";
import type { LockedMailbox } from "@/lib/imap/with-mailbox";
import { MailError } from "@/lib/mail/mail-error";

export interface MovedMessages {
  /**
   * Source UID → UID in the destination, from COPYUID (RFC 4315 §3), in source UID order;
   * empty when nothing matched; null when the server has no UIDPLUS and did not say.
   */
  uidMap: Map<number, number> | null;
}

function sortedMap(uidMap: Map<number, number> | undefined, uidPlus: boolean) {
  if (!uidMap) return uidPlus ? new Map<number, number>() : null;
  return new Map([...uidMap].sort((a, b) => a[0] - b[0]));
}

/** imapflow answers a refused MOVE or COPY with `false`: find out whether the target is gone. */
async function whyNotMoved(client: ImapClient, destination: string): Promise<MailError> {
  if (!client.usable) return new MailError("SERVER_UNREACHABLE", "The mail server went away.");
  try {
    await client.status(destination, { messages: true });
  } catch (error) {
    if ((error as { code?: string }).code === "NotFound") {
      return new MailError(
        "MAILBOX_NOT_FOUND",
        `The mailbox ${destination} does not exist any more.`,
        { cause: error },
      );
    }
  }
  return new MailError(
    "ACTION_REFUSED",
    `The mail server refused to move the messages to ${destination}.`,
  );
}

/**
 * Moves messages to `destination` in one command: UID MOVE (RFC 6851) where the server has
 * it. Otherwise what MOVE replaces (RFC 6851 §1): UID COPY, then \Deleted + UID EXPUNGE of
 * exactly the UIDs that were copied. imapflow's own fallback stores \Deleted on the original
 * range, so for `1:*` a message arriving between COPY and STORE would go without a copy, and
 * without UIDPLUS it sends a plain EXPUNGE.
 */
export async function moveMessages(
  locked: LockedMailbox,
  target: UidTarget,
  destination: string,
): Promise<MovedMessages> {
  const { client } = locked;
  const uidPlus = client.capabilities.has("UIDPLUS");
  if (client.capabilities.has("MOVE")) {
    const moved = await client.messageMove(toUidSet(target), destination, { uid: true });
    if (!moved) throw await whyNotMoved(client, destination);
    return { uidMap: sortedMap(moved.uidMap, uidPlus) };
  }

  // Without COPYUID the copied UIDs are only known when named up front.
  const named: UidTarget =
    "all" in target && !uidPlus
      ? { uids: (await client.search({ all: true }, { uid: true })) || [] }
      : target;
  if ("uids" in named && !named.uids.length) return { uidMap: new Map() };
  const copied = await client.messageCopy(toUidSet(named), destination, { uid: true });
  if (!copied) throw await whyNotMoved(client, destination);
  const uidMap = sortedMap(copied.uidMap, uidPlus);
  const copiedUids = uidMap ? [...uidMap.keys()] : "uids" in named ? named.uids : [];
  if (!copiedUids.length) return { uidMap };
  try {
    await expungeMessages(locked, { uids: copiedUids });
  } catch (error) {
    throw new MailError(
      "ACTION_REFUSED",
      `The messages were copied to ${destination} but could not be removed from ${locked.path}.`,
      { cause: error },
    );
  }
  return { uidMap };
}
