import "server-only";
import { toEnvelope } from "@/lib/imap/to-envelope";
import type { LockedMailbox } from "@/lib/imap/with-mailbox";
import { parseMessageIds } from "@/lib/thread/parse-message-ids";
import { threadKey, type ThreadMessage } from "@/lib/thread/thread-message";
import { completeMessages } from "@/lib/imap/complete-messages";

/** Unfolded raw header fields by lowercase name (RFC 5322 §2.2.3); ids are ASCII. */
function headerFields(block: Buffer | undefined): Record<string, string> {
  const fields: Record<string, string> = {};
  const text = (block ?? Buffer.alloc(0)).toString("latin1").replace(/\r?\n(?=[ \t])/g, " ");
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) fields[line.slice(0, colon).trim().toLowerCase()] ??= line.slice(colon + 1);
  }
  return fields;
}

/**
 * JWZ's parent links: References (root first), else the first id of In-Reply-To; an
 * In-Reply-To id missing from References goes last, as the nearest parent.
 */
function links(fields: Record<string, string>): string[] {
  const references = parseMessageIds(fields.references);
  const parent = parseMessageIds(fields["in-reply-to"])[0];
  if (parent && !references.includes(parent)) references.push(parent);
  return references;
}

/**
 * The list's envelope plus References and In-Reply-To of the messages in `range` (a UID set
 * when `byUid`, else a sequence range) of the locked mailbox, in one FETCH. `light` leaves
 * out BODYSTRUCTURE (the attachment hint), which Dovecot may have to parse the message for.
 */
export async function fetchThreadMessages(
  { client, path, uidValidity }: LockedMailbox,
  range: string,
  byUid: boolean,
  light = false,
): Promise<ThreadMessage[]> {
  const messages = await client.fetchAll(
    range,
    {
      uid: true,
      envelope: true,
      flags: true,
      size: true,
      internalDate: true,
      bodyStructure: !light,
      headers: ["references", "in-reply-to"],
    },
    { uid: byUid },
  );
  return completeMessages(messages).map((message) => {
    const envelope = toEnvelope(message);
    return {
      key: threadKey(path, envelope.uid),
      messageId: envelope.messageId?.trim() || null,
      references: links(headerFields(message.headers)),
      subject: envelope.subject,
      date: Date.parse(envelope.date),
      mailbox: path,
      uidValidity,
      envelope,
    };
  });
}
