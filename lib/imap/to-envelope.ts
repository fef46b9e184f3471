import "server-only";
import type { FetchMessageObject, MessageAddressObject } from "imapflow";
import { hasAttachments } from "@/lib/mime/plan-message-parts";
import type { Address, Envelope, Flag } from "@/lib/mail/types";

export function toAddresses(list: MessageAddressObject[] | undefined): Address[] {
  return (list ?? [])
    .filter((a) => a.address || a.name)
    .map((a) => ({ name: a.name ?? "", address: a.address ?? "" }));
}

/** \Recent belongs to one IMAP session (RFC 3501 §2.3.2) and is gone in IMAP4rev2 (RFC 9051). */
export function toFlags(flags: Set<string> | undefined): Flag[] {
  return [...(flags ?? [])].filter((flag) => flag !== "\\Recent").sort();
}

/** The Date header when it parses, else INTERNALDATE (RFC 3501 §2.3.3), else the epoch. */
export function messageDate(message: FetchMessageObject): string {
  const candidates = [message.envelope?.date, message.internalDate];
  for (const value of candidates) {
    const date = value instanceof Date ? value : value ? new Date(value) : null;
    if (date && !Number.isNaN(date.getTime())) return date.toISOString();
  }
  return new Date(0).toISOString();
}

/** Reshapes one FETCH response (ENVELOPE, FLAGS, RFC822.SIZE, BODYSTRUCTURE) into our Envelope. */
export function toEnvelope(message: FetchMessageObject): Envelope {
  const envelope = message.envelope;
  return {
    uid: message.uid,
    messageId: envelope?.messageId ?? null,
    subject: envelope?.subject ?? "",
    from: toAddresses(envelope?.from),
    to: toAddresses(envelope?.to),
    cc: toAddresses(envelope?.cc),
    date: messageDate(message),
    flags: toFlags(message.flags),
    size: message.size ?? 0,
    hasAttachments: message.bodyStructure ? hasAttachments(message.bodyStructure) : false,
  };
}
