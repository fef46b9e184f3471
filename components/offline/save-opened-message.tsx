"use client";

import { useEffect, useRef } from "react";
import type { MessageView } from "@/lib/mail/types";

/**
 * Keeps the open message on the device for reading offline. Saved as read: showing it marks it
 * read (MarkReadOnOpen), and the offline view must not mark it again.
 */
export function SaveOpenedMessage({ message }: { message: MessageView }) {
  // Once per view: a live refresh renders the page again, and the body has not changed.
  const saved = useRef<string | null>(null);
  useEffect(() => {
    const key = `${message.mailbox}\u0000${message.uidValidity}\u0000${message.uid}`;
    if (saved.current === key) return;
    saved.current = key;
    const flags = message.flags.includes("\\Seen") ? message.flags : [...message.flags, "\\Seen"];
    // Loaded on first use, like the store it writes to (components/offline/load-device-store.ts).
    void import("@/components/offline/save-message-offline").then((module) =>
      module.saveMessageOffline({ ...message, flags }, "opened"),
    );
  }, [message]);
  return null;
}
