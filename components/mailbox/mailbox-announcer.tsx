"use client";

import { createContext, useState, type ReactNode } from "react";

/** Says an outcome where the live layer's toast is not there (the manage page). */
export const MailboxAnnouncerContext = createContext<((text: string) => void) | null>(null);

/** A polite role="status" line above `children`, for the outcomes of their folder actions. */
export function MailboxAnnouncer({ children }: { children: ReactNode }) {
  const [text, setText] = useState("");
  return (
    <MailboxAnnouncerContext value={setText}>
      <p role="status" className={text ? "bg-ink-50 text-ink-900 px-4 py-2 text-sm" : "sr-only"}>
        {text}
      </p>
      {children}
    </MailboxAnnouncerContext>
  );
}
