import "server-only";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { ensureSpecialMailbox, type SpecialMailbox } from "@/lib/imap/ensure-special-mailbox";
import { expungeMessages } from "@/lib/imap/expunge-messages";
import { findSpecialMailbox, forgetSpecialMailboxes } from "@/lib/imap/find-special-mailbox";
import { moveMessages, type MovedMessages } from "@/lib/imap/move-messages";
import type { UidTarget } from "@/lib/imap/uid-set";
import { withMailbox, type LockedMailbox } from "@/lib/imap/with-mailbox";
import { MailError } from "@/lib/mail/mail-error";
import type { MailEvent } from "@/lib/realtime/mail-event";
import type { AppliedAction } from "@/lib/message/applied-action";
import { expectUidValidity } from "@/lib/message/expect-uid-validity";

export type MoveKind = { type: "archive" } | { type: "delete" } | { type: "move"; to: string };

const specialNames = { "\\Archive": "Archive", "\\Trash": "Trash" } as const;

/** RFC 3501 §5.1: INBOX is case-insensitive, every other name is what the server says. */
function samePath(a: string, b: string): boolean {
  return a === b || (a.toUpperCase() === "INBOX" && b.toUpperCase() === "INBOX");
}

/** Moves to the \Archive or \Trash mailbox, creating it when the account has none. */
async function moveToSpecial(
  locked: LockedMailbox,
  target: UidTarget,
  use: keyof typeof specialNames,
): Promise<{ destination: SpecialMailbox; moved: MovedMessages }> {
  for (let attempt = 0; ; attempt += 1) {
    const destination = await ensureSpecialMailbox(locked.client, use, specialNames[use]);
    if (samePath(destination.path, locked.path)) {
      throw new MailError("INVALID_INPUT", `These messages are already in ${locked.path}.`);
    }
    try {
      return { destination, moved: await moveMessages(locked, target, destination.path) };
    } catch (error) {
      // The cached path may name a mailbox another client deleted since: look again, once.
      const gone = error instanceof MailError && error.code === "MAILBOX_NOT_FOUND";
      if (!gone || attempt > 0 || destination.created) throw error;
      forgetSpecialMailboxes(locked.client);
    }
  }
}

async function moveTo(
  locked: LockedMailbox,
  target: UidTarget,
  kind: MoveKind,
): Promise<{ destination: SpecialMailbox; moved: MovedMessages }> {
  if (kind.type === "archive") return moveToSpecial(locked, target, "\\Archive");
  if (kind.type === "delete") return moveToSpecial(locked, target, "\\Trash");
  const path = kind.to.toUpperCase() === "INBOX" ? "INBOX" : kind.to;
  if (samePath(path, locked.path)) {
    throw new MailError("INVALID_INPUT", `These messages are already in ${locked.path}.`);
  }
  return { destination: { path, created: false }, moved: await moveMessages(locked, target, path) };
}

/** Deleting inside \Trash deletes for good, and only the chosen messages. */
async function expungeFromTrash(locked: LockedMailbox, target: UidTarget): Promise<AppliedAction> {
  const gone = await expungeMessages(locked, target);
  return {
    result: { uids: gone ?? [], expunged: true },
    events: [
      gone
        ? { type: "expunged", mailbox: locked.path, uids: gone }
        : { type: "resync", mailbox: locked.path },
    ],
    changedMailboxes: [locked.path],
  };
}

/**
 * Archive, delete (to \Trash, or for good inside it) or move to any mailbox, as one IMAP
 * command. The result names the destination UIDs (COPYUID, RFC 4315), so the move can be
 * taken back by moving those UIDs home again.
 */
export function applyMove(
  credentials: ImapCredentials,
  mailbox: string,
  target: UidTarget,
  kind: MoveKind,
  uidValidity?: string,
): Promise<AppliedAction> {
  return withMailbox(credentials, mailbox, async (locked): Promise<AppliedAction> => {
    expectUidValidity(locked, uidValidity);
    const source = locked.path;
    if (kind.type === "delete") {
      const trash = await findSpecialMailbox(locked.client, "\\Trash");
      if (trash && samePath(trash, source)) return expungeFromTrash(locked, target);
    }
    const { destination, moved } = await moveTo(locked, target, kind);
    const to = destination.path;
    const sourceUids = moved.uidMap
      ? [...moved.uidMap.keys()]
      : "uids" in target
        ? [...new Set(target.uids)].sort((a, b) => a - b)
        : null;
    const destinationUids = moved.uidMap ? [...moved.uidMap.values()] : null;

    const events: MailEvent[] = destination.created ? [{ type: "mailboxes" }] : [];
    if (!sourceUids) events.push({ type: "resync", mailbox: source });
    else if (sourceUids.length)
      events.push({ type: "expunged", mailbox: source, uids: sourceUids });
    if (!destinationUids) events.push({ type: "resync", mailbox: to });
    else if (destinationUids.length)
      events.push({ type: "added", mailbox: to, uids: destinationUids });

    return {
      result: {
        uids: sourceUids ?? [],
        destination: to,
        ...(destinationUids?.length
          ? { undo: { mailbox: to, uids: destinationUids, to: source } }
          : {}),
      },
      events,
      changedMailboxes: [source, to],
    };
  });
}
