"use client";

import { useId } from "react";
import { toolButtonClass } from "@/components/actions/tool-button";
import type { LiveMailbox } from "@/components/live/live-mailbox";
import { Icon } from "@/components/ui/icon";
import { moveMenuFocus } from "@/components/ui/menu-popover";
import { usePopoverMenu } from "@/components/ui/use-popover-menu";

const menuWidthPx = 240;

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
  const { buttonRef, menuRef, open } = usePopoverMenu(menuWidthPx, targets.length > 0);

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
        onKeyDown={moveMenuFocus}
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
