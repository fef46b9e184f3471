// In-Reply-To and References of a reply or forward (RFC 5322 §3.6.4), so every client threads
// the conversation. Client-safe.

export interface ThreadOriginal {
  messageId: string | null;
  /** The raw References header of the original, or null. */
  references: string | null;
  /** The raw In-Reply-To header of the original, or null. */
  inReplyTo: string | null;
}

export interface ThreadHeaders {
  inReplyTo: string;
  references: string[];
}

/** Beyond this many ids, the middle of the chain goes: keeps the header well under 998 octets a line after folding. */
export const maxReferences = 20;

const msgId = /<[^<>\s]{1,250}>/g;

/** The msg-ids in a header value, in order, each once. */
export function messageIdsIn(value: string | null): string[] {
  const ids = (value ?? "").match(msgId) ?? [];
  return [...new Set(ids)];
}

/**
 * References = the original's References (or, lacking them, its single In-Reply-To) followed by
 * its Message-ID, as §3.6.4 says; when the chain grows long, the first id (the thread's root)
 * and the most recent ones are kept, as RFC 5537 §3.4.4 does for netnews.
 */
export function threadHeaders(original: ThreadOriginal): ThreadHeaders | null {
  const [own] = messageIdsIn(original.messageId);
  if (!own) return null;
  let parents = messageIdsIn(original.references);
  if (!parents.length) {
    const inReplyTo = messageIdsIn(original.inReplyTo);
    if (inReplyTo.length === 1) parents = inReplyTo;
  }
  const chain = [...parents.filter((id) => id !== own), own];
  const references =
    chain.length <= maxReferences
      ? chain
      : [chain[0] as string, ...chain.slice(chain.length - (maxReferences - 1))];
  return { inReplyTo: own, references };
}
