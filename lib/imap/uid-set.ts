import "server-only";

/** Which messages of the selected mailbox: explicit UIDs, or every one of them. */
export type UidTarget = { uids: number[] } | { all: true };

/**
 * The UID set (RFC 3501 §9 `sequence-set`) of a target, with runs folded into ranges so that
 * 10,000 adjacent UIDs make a short command. `all` is `1:*`: one command, whatever the size.
 */
export function toUidSet(target: UidTarget): string {
  if ("all" in target) return "1:*";
  const sorted = [...new Set(target.uids)].sort((a, b) => a - b);
  const parts: string[] = [];
  let first = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    const uid = sorted[i] as number;
    const next = sorted[i + 1];
    if (next === uid + 1) continue;
    const start = sorted[first] as number;
    parts.push(start === uid ? `${uid}` : `${start}:${uid}`);
    first = i + 1;
  }
  return parts.join(",");
}
