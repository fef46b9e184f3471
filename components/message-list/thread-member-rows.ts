// What a selection of list rows acts on: in conversation view, every message of each selected
// conversation in the mailbox shown, so archiving a conversation archives all of it.
import type { ActionRow } from "@/components/actions/plan-optimistic";
import type { ThreadSummary } from "@/lib/thread/conversation";

/**
 * `rows` with each conversation row expanded to its messages in `mailbox` (each once). A
 * row's own state is as shown; its other messages' as the server last said.
 */
export function threadMemberRows(
  mailbox: string,
  rows: ActionRow[],
  threads: ThreadSummary[] | undefined,
): ActionRow[] {
  if (!threads) return rows;
  const byUid = new Map(threads.map((thread) => [thread.uid, thread]));
  const expanded = new Map<number, ActionRow>();
  for (const row of rows) {
    expanded.set(row.uid, row);
    for (const member of byUid.get(row.uid)?.members ?? []) {
      if (member.mailbox !== mailbox || expanded.has(member.uid)) continue;
      expanded.set(member.uid, { uid: member.uid, unread: !member.flags.includes("\\Seen") });
    }
  }
  return [...expanded.values()];
}
