import "server-only";
import type { LockedMailbox } from "@/lib/imap/with-mailbox";

/**
 * Raw header fields of one message (BODY.PEEK[HEADER.FIELDS (…)], RFC 3501 §6.4.5), unfolded,
 * by lowercase name; the first occurrence wins. Values are not RFC 2047-decoded: meant for
 * ASCII fields such as References or Tegami's own X- fields.
 */
export async function fetchHeaderFields(
  { client }: LockedMailbox,
  uid: number,
  names: string[],
): Promise<Record<string, string>> {
  const message = await client.fetchOne(String(uid), { uid: true, headers: names }, { uid: true });
  const block = message && message.headers ? message.headers.toString("latin1") : "";
  const fields: Record<string, string> = {};
  // RFC 5322 §2.2.3: unfolding removes the CRLF before the whitespace.
  for (const line of block.replace(/\r?\n(?=[ \t])/g, "").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    fields[name] ??= line.slice(colon + 1).trim();
  }
  return fields;
}
