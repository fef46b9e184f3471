"use client";

import { useEffect, useRef } from "react";
import { useMailActions } from "@/components/actions/use-mail-actions";
import type { ThreadMember } from "@/lib/thread/conversation";

/**
 * Opening a conversation marks its unread messages read (in each mailbox they are in), once
 * per view, in the browser: as MarkReadOnOpen does for one message, and for the same reason.
 */
export function MarkConversationRead({ members }: { members: ThreadMember[] }) {
  const { perform } = useMailActions();
  const viewed = useRef<string | null>(null);
  const key = members.map((m) => `${m.mailbox}\u0000${m.uid}`).join("\u0001");

  useEffect(() => {
    if (viewed.current === key) return;
    viewed.current = key;
    const unread = new Map<string, number[]>();
    for (const { mailbox, uid, flags } of members) {
      if (flags.includes("\\Seen")) continue;
      unread.set(mailbox, [...(unread.get(mailbox) ?? []), uid]);
    }
    for (const [mailbox, uids] of unread)
      void perform(
        { mailbox, target: { uids }, action: { type: "seen", value: true } },
        uids.map((uid) => ({ uid, unread: true })),
        { quiet: true },
      );
  }, [key, members, perform]);

  return null;
}
