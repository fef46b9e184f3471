import "server-only";
import type { FetchMessageObject } from "imapflow";
import type { LockedMailbox } from "@/lib/imap/with-mailbox";
import { MailError } from "@/lib/mail/mail-error";

/**
 * ENVELOPE, FLAGS and BODYSTRUCTURE of one message: everything but the body itself; with
 * `headers`, also those header fields (raw, in `message.headers`), in the same FETCH.
 */
export async function fetchMessage(
  { client }: LockedMailbox,
  uid: number,
  options: { headers?: string[] } = {},
): Promise<FetchMessageObject> {
  const message = await client.fetchOne(
    String(uid),
    {
      uid: true,
      envelope: true,
      flags: true,
      bodyStructure: true,
      internalDate: true,
      size: true,
      ...(options.headers ? { headers: options.headers } : {}),
    },
    { uid: true },
  );
  if (!message || message.uid !== uid) {
    throw new MailError("MESSAGE_NOT_FOUND", "This message does not exist any more.");
  }
  return message;
}
