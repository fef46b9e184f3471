import { MailError } from "@/lib/mail/mail-error";
import { isMailboxName } from "@/lib/mail/mailbox-name";

export interface MessageParams {
  mailbox: string;
  uid: number;
  part: string | null;
}

/**
 * The mailbox segment arrives percent-encoded ("Work%2FReports"): Next.js keeps "%2F" in
 * dynamic segments so that a "/" in a mailbox name cannot split the path. Decode it once.
 */
export function decodeMailboxParam(value: string | string[] | undefined): string {
  if (typeof value !== "string" || !value)
    throw new MailError("INVALID_INPUT", "No mailbox was given.");
  let name: string;
  try {
    name = decodeURIComponent(value);
  } catch {
    throw new MailError("INVALID_INPUT", "The mailbox name in the address is malformed.");
  }
  // Answered like a mailbox that does not exist: nothing about it reaches the IMAP server.
  if (!isMailboxName(name)) throw new MailError("MAILBOX_NOT_FOUND", "There is no such mailbox.");
  return name;
}

export function parseUid(value: string | string[] | undefined): number {
  // RFC 3501: a UID is a non-zero 32-bit unsigned integer.
  if (typeof value !== "string" || !/^[1-9]\d{0,9}$/.test(value) || Number(value) > 0xffffffff) {
    throw new MailError("MESSAGE_NOT_FOUND", "There is no such message.");
  }
  return Number(value);
}

export function parseMessageParams(
  params: Record<string, string | string[] | undefined>,
): MessageParams {
  const part = params.part;
  if (part !== undefined && (typeof part !== "string" || !/^\d+(\.\d+)*$/.test(part))) {
    throw new MailError("PART_NOT_FOUND", "There is no such part.");
  }
  return {
    mailbox: decodeMailboxParam(params.mailbox),
    uid: parseUid(params.uid),
    part: part ?? null,
  };
}
