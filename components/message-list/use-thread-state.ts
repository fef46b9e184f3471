import { useMemo } from "react";
import type { ActionRow } from "@/components/actions/plan-optimistic";
import { useLiveState } from "@/components/live/live-context";
import { messageKey } from "@/components/live/overlay";
import type { ThreadSummary } from "@/lib/thread/conversation";

export interface ThreadState {
  /** Some message of the conversation is unread (in this mailbox or in Sent). */
  unread: boolean;
  flagged: boolean;
  /** The conversation's messages in the mailbox shown, still there: what its row acts on. */
  rows: ActionRow[];
}

/**
 * A conversation row's state as shown: each message's flags as the live overlay says (a flag
 * set on any of them, here or on another device, shows on the row at once), else the server's.
 * Null for a row that stands for one message only (the plain message view).
 */
export function useThreadState(mailbox: string, thread: ThreadSummary | undefined) {
  const overlay = useLiveState((state) => state.overlay);
  return useMemo((): ThreadState | null => {
    if (!thread) return null;
    const state: ThreadState = { unread: false, flagged: false, rows: [] };
    for (const member of thread.members) {
      const key = messageKey(member.mailbox, member.uid);
      if (overlay.hidden.has(key)) continue;
      const patch = overlay.flags.get(key);
      const unread = !(patch?.seen ?? member.flags.includes("\\Seen"));
      state.unread ||= unread;
      state.flagged ||= patch?.flagged ?? member.flags.includes("\\Flagged");
      if (member.mailbox === mailbox) state.rows.push({ uid: member.uid, unread });
    }
    return state;
  }, [mailbox, thread, overlay]);
}
