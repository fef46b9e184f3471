import { useState, type DragEvent } from "react";
import { useMailActions } from "@/components/actions/use-mail-actions";
import { messageDragType, parseMessageDrag } from "@/components/message-list/message-drag";
import { useMailRoute } from "@/components/use-mail-route";

/**
 * Makes a mailbox link a drop target for dragged message rows: highlighted while they hover
 * over it, and a drop moves them there the way the toolbar's Move to… does (at once on screen,
 * then "Moved to X" with Undo). The mailbox shown is no target: a move there changes nothing.
 */
export function useMessageDrop(path: string) {
  const { perform } = useMailActions();
  const shown = useMailRoute().mailbox;
  const [over, setOver] = useState(false);
  // Only the types can be read before the drop (HTML drag-and-drop's protected mode).
  const accepts = (event: DragEvent) =>
    path !== shown && event.dataTransfer.types.includes(messageDragType);

  const onDragOver = (event: DragEvent<HTMLElement>) => {
    if (!accepts(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    setOver(true);
  };
  const onDragLeave = (event: DragEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
  };
  const onDrop = (event: DragEvent<HTMLElement>) => {
    setOver(false);
    if (!accepts(event)) return;
    event.preventDefault();
    const drag = parseMessageDrag(event.dataTransfer.getData(messageDragType));
    if (!drag || drag.mailbox === path) return;
    const uids = drag.messages.map((row) => row.uid);
    void perform(
      { mailbox: drag.mailbox, target: { uids }, action: { type: "move", to: path } },
      drag.messages,
    );
  };

  return { over, handlers: { onDragOver, onDragEnter: onDragOver, onDragLeave, onDrop } };
}
