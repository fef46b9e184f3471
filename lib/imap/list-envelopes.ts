import "server-only";
import { completeMessages } from "@/lib/imap/complete-messages";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { toEnvelope } from "@/lib/imap/to-envelope";
import { withMailbox } from "@/lib/imap/with-mailbox";
import type { EnvelopePage } from "@/lib/mail/types";

export const pageSize = 50;

/** The sequence range of one page, newest first: page 1 is the last `pageSize` messages. */
export function pageRange(
  exists: number,
  page: number,
  size = pageSize,
): { from: number; to: number } | null {
  const to = exists - (page - 1) * size;
  if (to < 1) return null;
  return { from: Math.max(1, to - size + 1), to };
}

/**
 * One page of a mailbox. Only that page's messages are fetched, by sequence range, so the
 * cost is the same for a mailbox of 100 messages and one of 100,000.
 */
export function listEnvelopes(
  credentials: ImapCredentials,
  mailbox: string,
  page: number,
): Promise<EnvelopePage> {
  return withMailbox(credentials, mailbox, async ({ client, path, uidValidity, exists }) => {
    const pageCount = Math.max(1, Math.ceil(exists / pageSize));
    const current = Math.min(Math.max(1, page), pageCount);
    const range = pageRange(exists, current);
    const messages = range
      ? await client.fetchAll(`${range.from}:${range.to}`, {
          uid: true,
          envelope: true,
          flags: true,
          size: true,
          internalDate: true,
          bodyStructure: true,
        })
      : [];
    const envelopes = completeMessages(messages).sort((a, b) => b.seq - a.seq);
    return {
      mailbox: path,
      uidValidity,
      total: exists,
      page: current,
      pageCount,
      pageSize,
      envelopes: envelopes.map(toEnvelope),
    };
  });
}
