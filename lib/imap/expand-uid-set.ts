import "server-only";

/** Past this many numbers a server's answer is not believed (a hostile `1:4294967295`). */
export const maxExpandedUids = 5_000_000;

/**
 * The UIDs of a compact sequence set from the server (ESEARCH ALL, RFC 4731 §3.1; `1:4,7`),
 * ascending. `*` never appears in a set the server sends (RFC 9051 §4.1.1) and is dropped.
 */
export function expandUidSet(set: string): number[] {
  const uids: number[] = [];
  for (const part of set.split(",")) {
    const [first, last = first] = part.trim().split(":").map(Number);
    if (!Number.isInteger(first) || !Number.isInteger(last) || !first || !last) continue;
    const [low, high] = first <= last ? [first, last] : [last, first];
    if (uids.length + (high - low) >= maxExpandedUids) break;
    for (let uid = low; uid <= high; uid += 1) uids.push(uid);
  }
  return [...new Set(uids)].sort((a, b) => a - b);
}
