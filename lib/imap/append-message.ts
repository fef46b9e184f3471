import "server-only";
import type { ImapClient } from "@/lib/imap/create-imap-client";
import { MailError } from "@/lib/mail/mail-error";
import type { Flag } from "@/lib/mail/types";

export interface AppendedMessage {
  path: string;
  /** From APPENDUID (RFC 4315 §3); null on a server without UIDPLUS. */
  uid: number | null;
}

/** APPEND (RFC 3501 §6.3.11) a complete message to `path` with `flags`. */
export async function appendMessage(
  client: ImapClient,
  path: string,
  raw: Buffer,
  flags: Flag[],
): Promise<AppendedMessage> {
  const appended = await client.append(path, raw, flags, new Date());
  if (!appended) {
    if (!client.usable) throw new MailError("SERVER_UNREACHABLE", "The mail server went away.");
    throw new MailError(
      "ACTION_REFUSED",
      `The mail server did not let Tegami save the message in ${path}.`,
    );
  }
  return { path: appended.destination || path, uid: appended.uid ?? null };
}
