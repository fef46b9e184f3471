import "server-only";
import type { FetchMessageObject } from "imapflow";
import { toUidSet } from "@/lib/imap/uid-set";
import type { LockedMailbox } from "@/lib/imap/with-mailbox";
import { decodeTextBytes } from "@/lib/mime/decode-text-bytes";
import { decodeTransferEncoding } from "@/lib/mime/decode-transfer-encoding";
import { findPart } from "@/lib/mime/find-part";
import { planMessageParts, type PlannedBody } from "@/lib/mime/plan-message-parts";
import { decodeHtmlEntities } from "@/lib/compose/decode-html-entities";
import type { SearchTerm } from "@/lib/search/parse-search-query";
import { matchesSearchTerms, type SearchableText } from "@/lib/search/match-search-terms";

/** The most candidates one search decodes itself: the cost stays bounded in any mailbox. */
export const localScanLimit = 200;
/** Bytes of the body read per candidate: enough for the words people search for. */
export const localBodyBytes = 16 * 1024;

const headerNames = ["subject", "from", "to", "cc"];

/** Raw header fields by name, each decoded from whatever charset its raw bytes are in. */
function rawHeaderFields(block: Buffer | undefined): Record<string, string> {
  const fields: Record<string, string> = {};
  const text = (block ?? Buffer.alloc(0)).toString("latin1").replace(/\r?\n(?=[ \t])/g, "");
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = decodeTextBytes(Buffer.from(line.slice(colon + 1), "latin1"), null);
    fields[name] = `${fields[name] ?? ""} ${value}`;
  }
  return fields;
}

function addresses(list: { name?: string; address?: string }[] | undefined): string {
  return (list ?? []).map((a) => `${a.name ?? ""} <${a.address ?? ""}>`).join(", ");
}

/**
 * Dovecot decodes a text/plain body with a charset label itself, and found no match there:
 * only bodies it cannot read (no label, "us-ascii" over JIS bytes, HTML references) are read.
 */
function serverReadsBody(body: PlannedBody): boolean {
  return body.kind === "text" && body.charset !== null && !/^(us-)?ascii$/.test(body.charset);
}

async function bodyText(locked: LockedMailbox, message: FetchMessageObject): Promise<string> {
  const body = message.bodyStructure ? planMessageParts(message.bodyStructure).body : null;
  if (!body || serverReadsBody(body)) return "";
  const fetched = await locked.client.fetchOne(
    String(message.uid),
    { uid: true, bodyParts: [{ key: body.part, maxLength: localBodyBytes }] },
    { uid: true },
  );
  const raw = fetched && fetched.bodyParts ? [...fetched.bodyParts.values()][0] : undefined;
  if (!raw) return "";
  const encoding = message.bodyStructure
    ? findPart(message.bodyStructure, body.part)?.encoding
    : null;
  const text = decodeTextBytes(decodeTransferEncoding(raw, encoding), body.charset);
  return body.kind === "html" ? decodeHtmlEntities(text.replace(/<[^>]*>/g, "")) : text;
}

/**
 * Which of these candidates contain the terms, matched by Tegami on text it decodes itself:
 * RFC 2047 words split inside a character, raw ISO-2022-JP or Shift_JIS headers, bodies
 * without a charset label, HTML character references. Dovecot's SEARCH misses all of these
 * (measured, see lib/imap/search-mailbox.ts). Reads at most `localBodyBytes` per body.
 */
export async function matchTermsLocally(
  locked: LockedMailbox,
  uids: number[],
  terms: SearchTerm[],
): Promise<number[]> {
  if (!uids.length || !terms.length) return [];
  const messages = await locked.client.fetchAll(
    toUidSet({ uids }),
    { uid: true, envelope: true, bodyStructure: true, headers: headerNames },
    { uid: true },
  );
  const needsBody = terms.some((term) => term.field === "text");
  // Bodies are fetched after the FETCH above has finished (imapflow: no command inside it).
  const bodies = await Promise.all(
    messages.map((message) => (needsBody ? bodyText(locked, message) : Promise.resolve(""))),
  );
  return messages
    .filter((message, index) => {
      const raw = rawHeaderFields(message.headers);
      const envelope = message.envelope;
      const text: SearchableText = {
        subject: `${envelope?.subject ?? ""} ${raw.subject ?? ""}`,
        from: `${addresses(envelope?.from)} ${raw.from ?? ""}`,
        to: `${addresses(envelope?.to)} ${raw.to ?? ""}`,
        text: "",
      };
      text.text = [text.subject, text.from, text.to, raw.cc ?? "", bodies[index] ?? ""].join("\n");
      return matchesSearchTerms(text, terms);
    })
    .map((message) => message.uid);
}
