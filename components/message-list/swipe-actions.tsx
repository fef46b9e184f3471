"use client";

import { useMemo } from "react";
import { useMailActions } from "@/components/actions/use-mail-actions";
import { useLive } from "@/components/live/live-context";
import type { ActionRow } from "@/components/actions/plan-optimistic";
import { useRowSwipe, type SwipeAction } from "@/components/message-list/use-row-swipe";
import { Icon } from "@/components/ui/icon";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

/**
 * A row's swipe, acting like the toolbar's Archive and Delete (shown at once, with Undo).
 * Not towards the mailbox the row is in already, and no delete in Trash, where delete is for
 * good and asks first.
 */
export function useSwipeActions(
  mailbox: string,
  uid: number,
  unread: boolean,
  /** A conversation row acts on all its messages in the mailbox. */
  members?: ActionRow[],
) {
  const { mailboxes } = useLive();
  const { perform } = useMailActions();
  const allowed = useMemo(() => {
    const role = mailboxes.find((box) => box.path === mailbox)?.role;
    const hasArchive = mailboxes.some((box) => box.role === "archive");
    return { archive: hasArchive && role !== "archive", delete: role !== "trash" };
  }, [mailboxes, mailbox]);
  return useRowSwipe(allowed, (action: SwipeAction) => {
    const rows = members?.length ? members : [{ uid, unread }];
    const uids = rows.map((row) => row.uid);
    void perform({ mailbox, target: { uids }, action: { type: action } }, rows);
  });
}

/** What lies behind a row being swiped: Archive on the right, Delete on the left. */
export function SwipeBackdrop({
  offset,
  pending,
  lang,
}: {
  offset: number;
  pending: SwipeAction | null;
  lang: Lang;
}) {
  const m = t(lang).actions;
  const action: SwipeAction = offset < 0 ? "archive" : "delete";
  const armed = pending === action;
  const colour =
    action === "archive"
      ? armed
        ? "bg-emerald-600 text-white"
        : "bg-emerald-100 text-emerald-900"
      : armed
        ? "bg-red-600 text-white"
        : "bg-red-100 text-red-900";
  return (
    <div
      aria-hidden="true"
      className={`absolute inset-0 flex items-center px-5 text-sm font-medium ${colour} ${
        action === "archive" ? "justify-end" : "justify-start"
      }`}
    >
      <span className="flex items-center gap-2">
        <Icon name={action === "archive" ? "archive" : "trash"} />
        {action === "archive" ? m.archive : m.delete}
      </span>
    </div>
  );
}
