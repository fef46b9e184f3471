"use client";

import { useEffect, useRef } from "react";
import { useMailActions } from "@/components/actions/use-mail-actions";
import { useMessageState } from "@/components/live/live-context";
import { messageKey } from "@/components/live/overlay";
import type { Flag } from "@/lib/mail/types";

/**
 * Opening an unread message marks it read, once per view: in the browser, not while rendering,
 * so a live refresh never re-marks read what another device has just marked unread.
 */
export function MarkReadOnOpen({
  mailbox,
  uid,
  flags,
}: {
  mailbox: string;
  uid: number;
  flags: Flag[];
}) {
  const { perform } = useMailActions();
  const { unread } = useMessageState(mailbox, uid, flags);
  const viewed = useRef<string | null>(null);

  useEffect(() => {
    const key = messageKey(mailbox, uid);
    if (viewed.current === key) return;
    viewed.current = key;
    if (!unread) return;
    void perform(
      { mailbox, target: { uids: [uid] }, action: { type: "seen", value: true } },
      [{ uid, unread: true }],
      { quiet: true },
    );
  }, [mailbox, uid, unread, perform]);

  return null;
}
