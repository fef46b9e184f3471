"use client";

import Link from "next/link";
import type { CSSProperties, ReactNode } from "react";
import { MailboxUnreadCount } from "@/components/mailbox/mailbox-unread-count";
import { useMessageDrop } from "@/components/mailbox/use-message-drop";
import { useMailRoute } from "@/components/use-mail-route";
import { mailboxHref } from "@/lib/mail/mail-urls";

/**
 * A mailbox in the sidebar, marked `aria-current` while it is the one shown. The sidebar is
 * rendered once for all mail pages, so which one is current comes from the URL in the browser.
 * Message rows dropped on it move there.
 */
export function MailboxLink({
  path,
  unseen,
  unreadLabel,
  title,
  style,
  className,
  currentClassName,
  children,
}: {
  path: string;
  unseen: number;
  unreadLabel: string;
  title: string;
  style: CSSProperties;
  className: string;
  currentClassName: string;
  children: ReactNode;
}) {
  const current = useMailRoute().mailbox === path;
  const drop = useMessageDrop(path);
  return (
    <Link
      href={mailboxHref(path)}
      // Prefetching every folder would cost the server an IMAP SELECT + FETCH for each
      // one on every page load; a click renders the folder fast enough on its own.
      prefetch={false}
      aria-current={current ? "page" : undefined}
      title={title}
      data-focus-inset
      data-drop-target={drop.over || undefined}
      {...drop.handlers}
      style={style}
      className={`${className} ${current ? currentClassName : "text-gray-800 hover:bg-gray-200/60"} ${drop.over ? "bg-ink-100 ring-ink-500 ring-2 ring-inset" : ""}`}
    >
      {children}
      <MailboxUnreadCount mailbox={path} unseen={unseen} current={current} label={unreadLabel} />
    </Link>
  );
}
