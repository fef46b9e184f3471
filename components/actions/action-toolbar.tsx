"use client";

import { useState } from "react";
import { ConfirmDeleteDialog } from "@/components/actions/confirm-delete-dialog";
import { MoveToMenu } from "@/components/actions/move-to-menu";
import { ToolButton } from "@/components/actions/tool-button";
import { useLive } from "@/components/live/live-context";
import { Icon } from "@/components/ui/icon";
import type { MailAction } from "@/lib/api/mail-action";
import { t } from "@/lib/i18n/messages";

export type ActionRequest = MailAction["action"];

/**
 * Mark as read / unread, Flag / Unflag, Archive, Delete and Move to…, for the open message or
 * a selection. Delete inside Trash is for good, so it asks first.
 */
export function ActionToolbar({
  label,
  mailbox,
  unread,
  flagged,
  count,
  labels = false,
  onAction,
}: {
  label: string;
  mailbox: string;
  /** Some target is unread: offer Mark as read. */
  unread: boolean;
  /** Every target is flagged: offer Unflag. */
  flagged: boolean;
  /** How many messages the action acts on (for the confirmation). */
  count: number;
  labels?: boolean;
  onAction: (action: ActionRequest) => void;
}) {
  const { mailboxes, lang } = useLive();
  const m = t(lang).actions;
  const [confirming, setConfirming] = useState(false);
  const inTrash = mailboxes.some((box) => box.path === mailbox && box.role === "trash");
  const targets = mailboxes.filter((box) => box.selectable && box.path !== mailbox);

  return (
    <div
      role="group"
      aria-label={label}
      // The state the buttons offer to change, for the keyboard's `s` and Shift+I/U.
      data-unread={unread}
      data-flagged={flagged}
      className="flex min-w-0 items-center gap-0.5"
    >
      <ToolButton
        label={unread ? m.markRead : m.markUnread}
        icon={unread ? <Icon name="mail-open" /> : <Icon name="mail" />}
        labels={labels}
        onClick={() => onAction({ type: "seen", value: unread })}
      />
      <ToolButton
        label={flagged ? m.unflag : m.flag}
        icon={<Icon name="flag" filled={flagged} className="size-4" />}
        labels={labels}
        onClick={() => onAction({ type: "flagged", value: !flagged })}
      />
      <ToolButton
        label={m.archive}
        icon={<Icon name="archive" />}
        labels={labels}
        onClick={() => onAction({ type: "archive" })}
      />
      <ToolButton
        label={m.delete}
        icon={<Icon name="trash" />}
        labels={labels}
        onClick={() => (inTrash ? setConfirming(true) : onAction({ type: "delete" }))}
      />
      <MoveToMenu
        label={m.moveTo}
        menuLabel={m.moveMenu}
        targets={targets}
        labels={labels}
        onMove={(to) => onAction({ type: "move", to })}
      />
      {confirming && (
        <ConfirmDeleteDialog
          lang={lang}
          count={count}
          onClose={(confirmed) => {
            setConfirming(false);
            if (confirmed) onAction({ type: "delete" });
          }}
        />
      )}
    </div>
  );
}
