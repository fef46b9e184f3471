"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";
import { useMessagePresence } from "@/components/live/live-context";
import { messageKey } from "@/components/live/overlay";

/**
 * The open message, for as long as it is in its mailbox: archived, deleted or moved (here, at
 * once; or from anywhere else) it leaves the screen, and once the server confirms, the list
 * takes its place, as in Gmail's default. Not the next message: opening that would mark it
 * read, a change nobody asked for.
 */
export function OpenMessageGate({
  mailbox,
  uid,
  listHref,
  children,
}: {
  mailbox: string;
  uid: number;
  listHref: string;
  children: ReactNode;
}) {
  const router = useRouter();
  const { hidden, gone } = useMessagePresence(mailbox, uid);
  const left = useRef<string | null>(null);

  useEffect(() => {
    const key = messageKey(mailbox, uid);
    if (!gone || left.current === key) return;
    left.current = key;
    router.replace(listHref);
  }, [gone, mailbox, uid, listHref, router]);

  // Kept mounted while hidden: marking read happens once per view, not again after a rollback.
  return <div className={hidden ? "hidden" : "contents"}>{children}</div>;
}
