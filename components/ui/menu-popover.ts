// What every popover menu (Move to…, a folder's actions) does the same way: where it opens and
// how the arrow keys move through it. Client-only (reads the DOM).
import type { KeyboardEvent } from "react";

/** Places the menu under its button (above when there is no room), inside the viewport. */
export function placeMenu(menu: HTMLElement, button: HTMLElement, widthPx: number): void {
  const rect = button.getBoundingClientRect();
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - widthPx - 8));
  const roomBelow = window.innerHeight - rect.bottom - 12;
  menu.style.left = `${left}px`;
  if (roomBelow >= 200 || roomBelow >= rect.top - 12) {
    menu.style.top = `${rect.bottom + 4}px`;
    menu.style.bottom = "auto";
    menu.style.maxHeight = `${Math.min(roomBelow, 384)}px`;
  } else {
    menu.style.top = "auto";
    menu.style.bottom = `${window.innerHeight - rect.top + 4}px`;
    menu.style.maxHeight = `${Math.min(rect.top - 12, 384)}px`;
  }
}

/** Arrow keys, Home and End move between the items (WAI-ARIA menu pattern). */
export function moveMenuFocus(event: KeyboardEvent<HTMLElement>): void {
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  const index = items.indexOf(document.activeElement as HTMLElement);
  const next = {
    ArrowDown: (index + 1) % items.length,
    ArrowUp: (index - 1 + items.length) % items.length,
    Home: 0,
    End: items.length - 1,
  }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  items[next]?.focus();
}
