// Merges the hit lists of several mailboxes into one list, newest first. Client-safe.

export interface DatedHit {
  mailbox: string;
  uid: number;
  /** Milliseconds since the epoch (INTERNALDATE). */
  date: number;
}

/**
 * A k-way merge: each list keeps its own order (newest UID first), and at every step the
 * list whose next hit is newest gives it; ties go to the earlier list. Stops after `limit`.
 */
export function mergeNewestFirst(lists: DatedHit[][], limit: number): DatedHit[] {
  const heads = lists.map(() => 0);
  const merged: DatedHit[] = [];
  while (merged.length < limit) {
    let best = -1;
    for (let i = 0; i < lists.length; i += 1) {
      const candidate = lists[i]?.[heads[i] ?? 0];
      const current = best >= 0 ? lists[best]?.[heads[best] ?? 0] : undefined;
      if (candidate && (!current || candidate.date > current.date)) best = i;
    }
    if (best < 0) break;
    merged.push(lists[best]![heads[best]!]!);
    heads[best]! += 1;
  }
  return merged;
}
