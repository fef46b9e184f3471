"use client";

import { useState, type ReactNode } from "react";

/**
 * One message of an opened conversation: its one-line summary is a button that shows or
 * hides the whole message (click, Enter or Space). Collapsed, the message's body is not
 * mounted, so its frame loads only when someone opens it.
 */
export function ConversationFold({
  sender,
  date,
  snippet,
  defaultOpen,
  children,
}: {
  sender: string;
  date: ReactNode;
  /** The body's first words, shown while the message is folded. */
  snippet: string;
  defaultOpen: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen((shown) => !shown)}
        data-focus-inset
        className="flex min-h-11 w-full min-w-0 items-baseline gap-2 px-4 py-2.5 text-left text-sm hover:bg-gray-50 md:min-h-9 @2xl:px-8"
      >
        <span className="max-w-[50%] shrink-0 truncate font-semibold text-gray-900">{sender}</span>
        <span className="min-w-0 flex-1 truncate text-gray-600">{open ? "" : snippet}</span>
        <span className="shrink-0 text-xs text-gray-600">{date}</span>
      </button>
      {open && children}
    </>
  );
}
