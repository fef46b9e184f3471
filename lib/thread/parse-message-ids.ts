// The msg-ids of a References or In-Reply-To header (RFC 5322 §3.6.4). Client-safe.

/** Most ids kept from one References header: a thread deeper than this is cut at the root end. */
export const maxReferences = 100;

/**
 * The `<id>` tokens in order, duplicates dropped. Phrases and comments some old clients put
 * in In-Reply-To ("<id> (Bob's message of ...)") are ignored. Very long headers keep the
 * first id (the thread's root) and the last ones (the nearest ancestors).
 */
export function parseMessageIds(header: string | null | undefined): string[] {
  const ids = [...new Set((header ?? "").match(/<[^<>\s]+>/g) ?? [])];
  if (ids.length <= maxReferences) return ids;
  return [ids[0]!, ...ids.slice(ids.length - (maxReferences - 1))];
}
