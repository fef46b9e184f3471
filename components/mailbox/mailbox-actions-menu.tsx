"use client";

import { lazy, Suspense, useId, useState } from "react";
import { useMessageCount } from "@/components/live/live-context";
import { useMailboxHierarchy } from "@/components/mailbox/mailbox-hierarchy";
import { moveMenuFocus } from "@/components/ui/menu-popover";
import { usePopoverMenu } from "@/components/ui/use-popover-menu";
import { mailboxLabels } from "@/lib/i18n/mailbox-labels";
import type { MailboxRole } from "@/lib/mail/types";

const menuWidthPx = 200;

// The dialogs are loaded when one is first asked for: most page loads manage no folder.
const RenameMailboxDialog = lazy(() =>
  import("@/components/mailbox/rename-mailbox-dialog").then((module) => ({
    default: module.RenameMailboxDialog,
  })),
);
const MoveMailboxDialog = lazy(() =>
  import("@/components/mailbox/move-mailbox-dialog").then((module) => ({
    default: module.MoveMailboxDialog,
  })),
);
const DeleteMailboxDialog = lazy(() =>
  import("@/components/mailbox/delete-mailbox-dialog").then((module) => ({
    default: module.DeleteMailboxDialog,
  })),
);
const EmptyMailboxDialog = lazy(() =>
  import("@/components/mailbox/empty-mailbox-dialog").then((module) => ({
    default: module.EmptyMailboxDialog,
  })),
);

type Dialog = "rename" | "move" | "delete" | "empty";

const itemClass =
  "flex min-h-11 w-full items-center rounded-md px-2.5 text-left text-gray-800 hover:bg-gray-100 focus:bg-gray-100 focus:outline-none md:min-h-8";

/**
 * The "⋯" button beside a folder: Rename, Move to… and Delete for the user's own mailboxes,
 * Empty for Trash and Junk; nothing for the Inbox and the other special-use ones.
 */
export function MailboxActionsMenu({
  path,
  name,
  role,
  messages,
  className = "",
}: {
  path: string;
  /** The name shown (a role's name in the UI language). */
  name: string;
  role: MailboxRole | null;
  /** How many messages the page says it holds (a live count, when one comes, wins). */
  messages: number;
  className?: string;
}) {
  const { lang } = useMailboxHierarchy();
  const m = mailboxLabels(lang);
  const id = useId();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const own = role === null && path.toUpperCase() !== "INBOX";
  const emptiable = role === "trash" || role === "junk";
  const { buttonRef, menuRef, open } = usePopoverMenu(menuWidthPx, own || emptiable);
  const count = useMessageCount(path, messages);

  if (!own && !emptiable) return null;
  const items: [Dialog, string][] = own
    ? [
        ["rename", m.rename],
        ["move", m.moveTo],
        ["delete", m.delete],
      ]
    : [["empty", m.empty(name)]];
  // An own folder by its full path (two may share a last level); Trash and Junk by their name.
  const label = m.actionsFor(own ? path : name);
  const close = () => {
    setDialog(null);
    buttonRef.current?.focus();
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-label={label}
        title={label}
        popoverTarget={id}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={id}
        className={`flex size-11 shrink-0 items-center justify-center rounded-md text-gray-600 hover:bg-gray-200/70 hover:text-gray-900 md:size-8 ${className}`}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" className="size-4" fill="currentColor">
          <circle cx="5" cy="12" r="1.75" />
          <circle cx="12" cy="12" r="1.75" />
          <circle cx="19" cy="12" r="1.75" />
        </svg>
      </button>
      <div
        ref={menuRef}
        id={id}
        popover="auto"
        role="menu"
        aria-label={m.actionsMenu(own ? path : name)}
        onKeyDown={moveMenuFocus}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) event.currentTarget.hidePopover();
        }}
        style={{ width: menuWidthPx }}
        className="inset-auto m-0 overflow-y-auto rounded-lg border border-gray-200 bg-white p-1 text-sm shadow-lg"
      >
        {items.map(([kind, label]) => (
          <button
            key={kind}
            type="button"
            role="menuitem"
            tabIndex={-1}
            onClick={() => {
              menuRef.current?.hidePopover();
              setDialog(kind);
            }}
            className={`${itemClass} ${kind === "delete" || kind === "empty" ? "text-red-800" : ""}`}
          >
            {label}
          </button>
        ))}
      </div>
      <Suspense fallback={null}>
        {dialog === "rename" && <RenameMailboxDialog path={path} onClose={close} />}
        {dialog === "move" && <MoveMailboxDialog path={path} onClose={close} />}
        {dialog === "delete" && <DeleteMailboxDialog path={path} onClose={close} />}
        {dialog === "empty" && (
          <EmptyMailboxDialog path={path} name={name} messages={count} onClose={close} />
        )}
      </Suspense>
    </>
  );
}
