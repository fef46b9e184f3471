"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { toolButtonClass } from "@/components/actions/tool-button";
import type { LiveMailbox } from "@/components/live/live-mailbox";
import { Icon } from "@/components/ui/icon";

const menuWidthPx = 240;

/** Places the menu under its button (above when there is no room), inside the viewport. */
function place(menu: HTMLElement, button: HTMLElement): void {
  const rect = button.getBoundingClientRect();
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - menuWidthPx - 8));
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
function moveFocus(event: KeyboardEvent<HTMLElement>): void {
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

/** "Move to…": a menu of the mailboxes the messages can go to, in the browser's top layer. */
export function MoveToMenu({
  label,
  menuLabel,
  targets,
  labels,
  onMove,
}: {
  label: string;
  menuLabel: string;
  targets: LiveMailbox[];
  labels: boolean;
  onMove: (mailbox: string) => void;
}) {
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const menu = menuRef.current;
    if (!menu) return;
    const beforeToggle = (event: ToggleEvent) => {
      if (event.newState === "open" && buttonRef.current) place(menu, buttonRef.current);
    };
    const toggled = (event: ToggleEvent) => {
      setOpen(event.newState === "open");
      if (event.newState === "open") menu.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    };
    menu.addEventListener("beforetoggle", beforeToggle);
    menu.addEventListener("toggle", toggled);
    return () => {
      menu.removeEventListener("beforetoggle", beforeToggle);
      menu.removeEventListener("toggle", toggled);
    };
  }, []);

  if (targets.length === 0) return null;
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        title={label}
        popoverTarget={id}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={id}
        className={toolButtonClass}
      >
        <Icon name="move" />
        <span className={labels ? "sr-only @3xl:not-sr-only" : "sr-only"}>{label}</span>
      </button>
      <div
        ref={menuRef}
        id={id}
        popover="auto"
        role="menu"
        aria-label={menuLabel}
        onKeyDown={moveFocus}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) event.currentTarget.hidePopover();
        }}
        style={{ width: menuWidthPx }}
        className="inset-auto m-0 overflow-y-auto rounded-lg border border-gray-200 bg-white p-1 text-sm shadow-lg"
      >
        {targets.map((target) => (
          <button
            key={target.path}
            type="button"
            role="menuitem"
            tabIndex={-1}
            title={target.path}
            onClick={() => {
              menuRef.current?.hidePopover();
              onMove(target.path);
            }}
            className="flex min-h-11 w-full items-center gap-2 rounded-md px-2.5 text-left text-gray-800 hover:bg-gray-100 focus:bg-gray-100 focus:outline-none md:min-h-8"
          >
            <Icon name={target.role ?? "mailbox"} className="size-4 text-gray-500" />
            <span className="min-w-0 truncate">{target.name}</span>
          </button>
        ))}
      </div>
    </>
  );
}
