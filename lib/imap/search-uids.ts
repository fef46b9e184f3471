import "server-only";
import type { SearchObject } from "imapflow";
import { expandUidSet } from "@/lib/imap/expand-uid-set";
import type { LockedMailbox } from "@/lib/imap/with-mailbox";
import { MailError } from "@/lib/mail/mail-error";

/**
 * UID SEARCH in the locked mailbox, ascending. With ESEARCH (RFC 4731) the answer is one
 * compact set (`1:9000,9002`) instead of every number, which matters for broad searches.
 */
export async function searchUids(
  { client }: LockedMailbox,
  criteria: SearchObject,
): Promise<number[]> {
  const result = client.capabilities.has("ESEARCH")
    ? await client.search(criteria, { uid: true, returnOptions: ["ALL"] })
    : await client.search(criteria, { uid: true });
  if (!result) throw new MailError("IMAP_ERROR", "The mail server refused the search.");
  if (Array.isArray(result)) return [...result].sort((a, b) => a - b);
  return expandUidSet(result.all ?? "");
}
