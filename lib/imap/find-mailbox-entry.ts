import "server-only";
import type { ListResponse } from "imapflow";
import type { ImapClient } from "@/lib/imap/create-imap-client";
import { MailError } from "@/lib/mail/mail-error";

export interface MailboxEntry {
  entry: ListResponse;
  /** Every mailbox below it, deepest first (the order DELETE needs). */
  children: ListResponse[];
  /** The hierarchy delimiter (RFC 3501 §7.2.2), "/" when the server has none. */
  delimiter: string;
}

/**
 * The LIST entry of `path` with its descendants; MAILBOX_NOT_FOUND when there is none. A
 * parent that exists only through its children ("プロジェクト" of "プロジェクト/2026", which
 * Dovecot lists as \NonExistent \HasChildren, RFC 5258 §3.4) counts: the tree shows it.
 */
export async function findMailboxEntry(client: ImapClient, path: string): Promise<MailboxEntry> {
  const entries = await client.list();
  const entry = entries.find((e) => e.path === path);
  const delimiter = entry?.delimiter || "/";
  const children = entries
    .filter((e) => e.path.startsWith(path + delimiter))
    .sort((a, b) => b.path.split(delimiter).length - a.path.split(delimiter).length);
  if (!entry || (entry.flags.has("\\NonExistent") && !children.length))
    throw new MailError("MAILBOX_NOT_FOUND", `The mailbox ${path} does not exist.`);
  return { entry, children, delimiter };
}

/** The delimiter of the user's personal namespace (RFC 2342), "/" when the server has none. */
export async function hierarchyDelimiter(client: ImapClient): Promise<string> {
  const entries = await client.list();
  return entries.find((e) => e.path === "INBOX")?.delimiter || entries[0]?.delimiter || "/";
}
