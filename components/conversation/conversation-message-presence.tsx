"use client";

import type { ReactNode } from "react";
import { useMessagePresence } from "@/components/live/live-context";

/**
 * One message of an opened conversation, for as long as it is in its mailbox: archived or
 * deleted from its own action bar (or elsewhere) it leaves the stack at once.
 */
export function ConversationMessagePresence({
  mailbox,
  uid,
  children,
}: {
  mailbox: string;
  uid: number;
  children: ReactNode;
}) {
  const { hidden } = useMessagePresence(mailbox, uid);
  return hidden ? null : children;
}
