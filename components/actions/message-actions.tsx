"use client";

import { ActionToolbar } from "@/components/actions/action-toolbar";
import { useMailActions } from "@/components/actions/use-mail-actions";
import { useLive, useMessageState } from "@/components/live/live-context";
import { t } from "@/lib/i18n/messages";
import type { Flag } from "@/lib/mail/types";

/** The open message's actions: its own read and flag state, as live as the list's. */
export function MessageActions({
  mailbox,
  uid,
  flags,
}: {
  mailbox: string;
  uid: number;
  /** The flags the server rendered. */
  flags: Flag[];
}) {
  const { lang } = useLive();
  const { perform } = useMailActions();
  const { unread, flagged } = useMessageState(mailbox, uid, flags);

  return (
    <ActionToolbar
      label={t(lang).actions.toolbar}
      mailbox={mailbox}
      unread={unread}
      flagged={flagged}
      count={1}
      labels
      onAction={(action) =>
        void perform({ mailbox, target: { uids: [uid] }, action }, [{ uid, unread }])
      }
    />
  );
}
