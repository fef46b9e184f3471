import "server-only";
import type { FetchMessageObject } from "imapflow";
import type { LockedMailbox } from "@/lib/imap/with-mailbox";
import { MailError } from "@/lib/mail/mail-error";

/** ENVELOPE, FLAGS and BODYSTRUCTURE of one message: everything but the body itself. */
export async function fetchMessage(
  { client }: LockedMailbox,
  uid: number,
): Promise<FetchMessageObject> {
  const message = await client.fetchOne(
    String(uid),
    { uid: true, envelope: true, flags: true, bodyStructure: true, internalDate: true, size: true },
    { uid: true },
  );
  if (!message || message.uid !== uid) {
    throw new MailError("MESSAGE_NOT_FOUND", "This message does not exist any more.");
  }
  return message;
}
