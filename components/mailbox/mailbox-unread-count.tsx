"use client";

import { useUnseen } from "@/components/live/live-context";

/** A mailbox's unread count, live: the number alone in `data-unread-count`; nothing at 0. */
export function MailboxUnreadCount({
  mailbox,
  unseen,
  current,
  label,
}: {
  mailbox: string;
  /** The count the server rendered. */
  unseen: number;
  current: boolean;
  /** "unread", for screen readers after the number. */
  label: string;
}) {
  const count = useUnseen(mailbox, unseen);
  if (count <= 0) return null;
  return (
    <>
      <span
        data-unread-count
        className={`text-xs font-semibold tabular-nums ${current ? "text-ink-700" : "text-gray-700"}`}
      >
        {count}
      </span>
      <span className="sr-only"> {label}</span>
    </>
  );
}
