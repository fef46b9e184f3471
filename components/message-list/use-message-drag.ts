import { use, type DragEvent } from "react";
import type { ActionRow } from "@/components/actions/plan-optimistic";
import { messageDragType, serializeMessageDrag } from "@/components/message-list/message-drag";
import { useSelection } from "@/components/message-list/message-selection";
import { LiveContext } from "@/components/live/live-context";
import { mailboxLabels } from "@/lib/i18n/mailbox-labels";

/** The selected rows of `mailbox` shown in the same grid, as their data-* attributes say. */
function selectedRows(row: HTMLElement, mailbox: string): ActionRow[] {
  const grid = row.closest('[role="grid"]') ?? row.parentElement;
  const rows = grid?.querySelectorAll<HTMLElement>('[role="row"][aria-selected="true"][data-uid]');
  return [...(rows ?? [])]
    .filter((selected) => selected.dataset.mailbox === mailbox)
    .map((selected) => ({
      uid: Number(selected.dataset.uid),
      unread: selected.dataset.unread === "true",
    }));
}

/** "3 messages" beside the pointer instead of the one row's picture. */
function setCountImage(event: DragEvent<HTMLElement>, text: string): void {
  const badge = document.createElement("div");
  badge.textContent = text;
  badge.className =
    "fixed -top-24 left-0 rounded-full bg-gray-900 px-3 py-1 text-sm font-semibold text-white";
  document.body.append(badge);
  event.dataTransfer.setDragImage(badge, -12, -12);
  // The browser takes its picture during dragstart; the element is not needed after.
  setTimeout(() => badge.remove());
}

/**
 * Makes a message row draggable onto a mailbox in the Folders nav: the row itself (a
 * conversation row: its messages in this mailbox, `own`), or every selected row when it is one
 * of them. Once they have moved, the selection is cleared, as the toolbar's moves do.
 */
export function useMessageDrag(
  mailbox: string,
  uid: number,
  unread: boolean,
  selected: boolean,
  own?: ActionRow[],
) {
  const selection = useSelection();
  const lang = use(LiveContext)?.lang ?? "en";

  const onDragStart = (event: DragEvent<HTMLElement>) => {
    const rows = selected ? selectedRows(event.currentTarget, mailbox) : [];
    const alone = own?.length ? own : [{ uid, unread }];
    const messages = rows.some((row) => row.uid === uid) ? rows : alone;
    event.dataTransfer.setData(messageDragType, serializeMessageDrag({ mailbox, messages }));
    event.dataTransfer.effectAllowed = "move";
    if (messages.length > 1) setCountImage(event, mailboxLabels(lang).dragging(messages.length));
  };
  const onDragEnd = (event: DragEvent<HTMLElement>) => {
    if (selected && event.dataTransfer.dropEffect === "move") selection.clear();
  };

  return { draggable: true, onDragStart, onDragEnd };
}
