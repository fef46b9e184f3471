import "server-only";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { fetchFlags } from "@/lib/imap/fetch-flags";
import { setFlags, type SetFlagsOutcome } from "@/lib/imap/set-flags";
import { toUidSet, type UidTarget } from "@/lib/imap/uid-set";
import { withMailbox, type LockedMailbox } from "@/lib/imap/with-mailbox";
import { MailError } from "@/lib/mail/mail-error";
import type { Flag } from "@/lib/mail/types";
import type { AppliedAction } from "@/lib/message/applied-action";
import { expectUidValidity } from "@/lib/message/expect-uid-validity";

/** Beyond this many messages, browsers get one "resync" instead of an event per message. */
const perMessageLimit = 200;

function refusal(outcome: Exclude<SetFlagsOutcome, { ok: true }>, path: string, flag: Flag) {
  const messages = {
    "read-only": `The mailbox ${path} is read-only.`,
    "not-permitted": `The mailbox ${path} does not keep the flag ${flag}.`,
    refused: `The mail server refused to change the flags in ${path}.`,
  };
  return new MailError("ACTION_REFUSED", messages[outcome.reason]);
}

/**
 * The messages affected and, when they are few, the flags now on each. The server's FETCH
 * answers cover the messages that changed; one UID FETCH FLAGS fills in the others.
 */
async function currentFlags(
  locked: LockedMailbox,
  target: UidTarget,
  changed: Map<number, Flag[]>,
): Promise<{ uids: number[]; flags: Map<number, Flag[]> | null }> {
  if ("all" in target) {
    const uids = [...changed.keys()].sort((a, b) => a - b);
    return { uids, flags: uids.length <= perMessageLimit ? changed : null };
  }
  const uids = [...new Set(target.uids)].sort((a, b) => a - b);
  if (uids.length > perMessageLimit) return { uids, flags: null };
  const fetched = await fetchFlags(
    locked,
    uids.filter((uid) => !changed.has(uid)),
  );
  const flags = new Map<number, Flag[]>();
  for (const uid of uids) {
    const known = changed.get(uid) ?? fetched.get(uid);
    // UIDs that no longer exist drop out here.
    if (known) flags.set(uid, known);
  }
  return { uids: [...flags.keys()], flags };
}

/** Sets or clears one flag on the target messages with one UID STORE. */
export function applyFlagChange(
  credentials: ImapCredentials,
  mailbox: string,
  target: UidTarget,
  flag: "\\Seen" | "\\Flagged",
  value: boolean,
  uidValidity?: string,
): Promise<AppliedAction> {
  return withMailbox(credentials, mailbox, async (locked): Promise<AppliedAction> => {
    expectUidValidity(locked, uidValidity);
    const outcome = await setFlags(locked, toUidSet(target), value ? "add" : "remove", [flag]);
    if (!outcome.ok) throw refusal(outcome, locked.path, flag);
    const { uids, flags } = await currentFlags(locked, target, outcome.changed);
    const mailbox = locked.path;
    return {
      result: flags ? { uids, flags: Object.fromEntries(flags) } : { uids },
      events: flags
        ? [...flags].map(([uid, current]) => ({ type: "flags", mailbox, uid, flags: current }))
        : [{ type: "resync", mailbox }],
      changedMailboxes: [mailbox],
    };
  });
}
