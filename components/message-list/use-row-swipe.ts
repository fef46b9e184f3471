import { useCallback, useRef, useState, type MouseEvent, type PointerEvent } from "react";

export type SwipeAction = "archive" | "delete";

// Past this share of the row's width, letting go acts; short of it, the row slides back.
const actAt = 0.35;
// A finger moves a little when it taps; below this the gesture is a tap or a scroll.
const slop = 10;

/**
 * Swipe on a list row with a finger: left to archive, right to delete (each only where
 * `allowed` says so). Mouse and pen are left alone, and so is a mostly vertical move (the list
 * scrolls). `offset` is where the row is drawn while the finger is down.
 */
export function useRowSwipe(
  allowed: Record<SwipeAction, boolean>,
  onSwipe: (action: SwipeAction) => void,
) {
  const [offset, setOffset] = useState(0);
  const [width, setWidth] = useState(Infinity);
  const gesture = useRef<{ x: number; y: number; width: number; sliding: boolean } | null>(null);
  const swiped = useRef(false);

  const actionAt = useCallback(
    (dx: number, width: number): SwipeAction | null => {
      const action = dx < 0 ? "archive" : "delete";
      return Math.abs(dx) >= width * actAt && allowed[action] ? action : null;
    },
    [allowed],
  );

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if (event.pointerType !== "touch" || !event.isPrimary) return;
    const width = event.currentTarget.getBoundingClientRect().width;
    gesture.current = { x: event.clientX, y: event.clientY, width, sliding: false };
    swiped.current = false;
  };

  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const start = gesture.current;
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (!start.sliding) {
      if (Math.abs(dy) > slop && Math.abs(dy) >= Math.abs(dx)) gesture.current = null;
      else if (Math.abs(dx) > slop) {
        start.sliding = true;
        setWidth(start.width);
        event.currentTarget.setPointerCapture(event.pointerId);
      }
      return;
    }
    const direction: SwipeAction = dx < 0 ? "archive" : "delete";
    setOffset(allowed[direction] ? dx : 0);
  };

  const onPointerEnd = (event: PointerEvent<HTMLElement>) => {
    const start = gesture.current;
    gesture.current = null;
    if (!start?.sliding) return;
    swiped.current = true;
    setOffset(0);
    const action =
      event.type === "pointerup" ? actionAt(event.clientX - start.x, start.width) : null;
    if (action) onSwipe(action);
  };

  /** A swipe ends with a click on the row's link: that click must not open the message. */
  const onClickCapture = (event: MouseEvent<HTMLElement>) => {
    if (!swiped.current) return;
    swiped.current = false;
    event.preventDefault();
    event.stopPropagation();
  };

  const pending = offset === 0 ? null : actionAt(offset, width);
  return {
    offset,
    /** The action letting go now would take (for the label behind the row). */
    pending,
    handlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp: onPointerEnd,
      onPointerCancel: onPointerEnd,
      onClickCapture,
    },
  };
}
