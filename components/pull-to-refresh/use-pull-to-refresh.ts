"use client";

import { useEffect, useRef, useState } from "react";
import { pullDistance, refreshAt } from "@/components/pull-to-refresh/pull-gesture";

// A finger that goes this far sideways or up before pulling is swiping a row or scrolling.
const slop = 8;

/**
 * Pull to refresh on a scrolling element: a finger that touches it while it is scrolled to the
 * top and drags down pulls it; letting go past `refreshAt` calls `onRefresh`. Touch events, not
 * pointer events: the browser claims a vertical pan (`pointercancel`) before the pull could be
 * told apart from a scroll, while a non-passive `touchmove` can still keep the page from moving.
 * Returns the ref for the element and how far it is pulled (0 when not).
 */
export function usePullToRefresh<T extends HTMLElement>(onRefresh: () => void) {
  const ref = useRef<T>(null);
  const [distance, setDistance] = useState(0);
  const refresh = useRef(onRefresh);
  useEffect(() => {
    refresh.current = onRefresh;
  }, [onRefresh]);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let start: { x: number; y: number } | null = null;
    let pulled = 0;
    const pull = (to: number) => {
      pulled = to;
      setDistance(to);
    };

    const onStart = (event: TouchEvent) => {
      const touch = event.touches[0];
      start =
        event.touches.length === 1 && touch && element.scrollTop <= 0
          ? { x: touch.clientX, y: touch.clientY }
          : null;
    };
    const onMove = (event: TouchEvent) => {
      const touch = event.touches[0];
      if (!start || !touch) return;
      const dx = touch.clientX - start.x;
      const dy = touch.clientY - start.y;
      const distance = pullDistance(dx, dy);
      if (distance === null) {
        if (pulled > 0) pull(0);
        else if (Math.abs(dx) > slop || dy < -slop) start = null;
        return;
      }
      // The list is at its top: a pull must not scroll or bounce anything else.
      if (event.cancelable) event.preventDefault();
      pull(distance);
    };
    const onEnd = () => {
      if (start && pulled >= refreshAt) refresh.current();
      start = null;
      if (pulled > 0) pull(0);
    };

    element.addEventListener("touchstart", onStart, { passive: true });
    element.addEventListener("touchmove", onMove, { passive: false });
    element.addEventListener("touchend", onEnd);
    element.addEventListener("touchcancel", onEnd);
    return () => {
      element.removeEventListener("touchstart", onStart);
      element.removeEventListener("touchmove", onMove);
      element.removeEventListener("touchend", onEnd);
      element.removeEventListener("touchcancel", onEnd);
    };
  }, []);

  return { ref, distance };
}
