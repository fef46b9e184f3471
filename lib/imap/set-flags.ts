import "server-only";
import type { FlagsEvent } from "imapflow";
import { toFlags } from "@/lib/imap/to-envelope";
import type { LockedMailbox } from "@/lib/imap/with-mailbox";
import { MailError } from "@/lib/mail/mail-error";
import type { Flag } from "@/lib/mail/types";

export type SetFlagsOutcome =
  /** `changed`: the flags now on each message the server reported as changed. */
  | { ok: true; changed: Map<number, Flag[]> }
  | { ok: false; reason: "read-only" | "not-permitted" | "refused" };

/**
 * UID STORE +FLAGS or -FLAGS (RFC 3501 §6.4.6) on a UID set, in one command. The server
 * reports the new flags in untagged FETCH responses (Dovecot only for the messages whose
 * flags really changed); they land in `changed`. imapflow's store() returns false both for
 * "nothing sent" and for the server's NO; the outcome tells them apart.
 */
export async function setFlags(
  { client, path }: LockedMailbox,
  uidSet: string,
  operation: "add" | "remove",
  flags: Flag[],
): Promise<SetFlagsOutcome> {
  const selected = client.mailbox || null;
  if (selected?.readOnly) return { ok: false, reason: "read-only" };
  // PERMANENTFLAGS (RFC 3501 §7.1) names what the mailbox keeps; imapflow would silently drop
  // the others. Removing is always allowed.
  const permanent = selected?.permanentFlags;
  if (
    operation === "add" &&
    permanent &&
    !permanent.has("\\*") &&
    flags.some((flag) => !permanent.has(flag))
  ) {
    return { ok: false, reason: "not-permitted" };
  }

  const changed = new Map<number, Flag[]>();
  const onFlags = (event: FlagsEvent) => {
    if (event.path === path && event.uid) changed.set(event.uid, toFlags(event.flags));
  };
  client.on("flags", onFlags);
  try {
    const stored =
      operation === "add"
        ? await client.messageFlagsAdd(uidSet, flags, { uid: true })
        : await client.messageFlagsRemove(uidSet, flags, { uid: true });
    if (stored) return { ok: true, changed };
    // A lost connection also ends in `false`; an unusable client lets the pool retry once.
    if (!client.usable) throw new MailError("SERVER_UNREACHABLE", "The mail server went away.");
    return { ok: false, reason: "refused" };
  } finally {
    client.off("flags", onFlags);
  }
}
