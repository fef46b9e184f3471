import "server-only";
import type { LockedMailbox } from "@/lib/imap/with-mailbox";
import { MailError } from "@/lib/mail/mail-error";

/**
 * UIDs are only good under the UIDVALIDITY they were read with (RFC 3501 §2.3.1.1): an action
 * replayed later names the one it knew, and is refused rather than applied to other messages.
 */
export function expectUidValidity(locked: LockedMailbox, expected: string | undefined): void {
  if (expected === undefined || expected === locked.uidValidity) return;
  throw new MailError(
    "UIDVALIDITY_CHANGED",
    `The mailbox ${locked.path} was recreated since; its messages have new UIDs.`,
  );
}
