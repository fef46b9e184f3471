import "server-only";
import type { LockedMailbox } from "@/lib/imap/with-mailbox";
import type { Flag } from "@/lib/mail/types";

/** UID STORE +FLAGS (RFC 3501 §6.4.6); false when the server refused. */
export async function addFlags(
  { client }: LockedMailbox,
  uid: number,
  flags: Flag[],
): Promise<boolean> {
  return client.messageFlagsAdd(String(uid), flags, { uid: true });
}
