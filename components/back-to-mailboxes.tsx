"use client";

import Link from "next/link";
import { Icon } from "@/components/ui/icon";
import { useShownPane } from "@/components/use-mail-route";

/**
 * Back from the list to the mailboxes, on phones. The open message has its own Back link to
 * the list, so this shows only while the list is the pane shown.
 */
export function BackToMailboxes({ label }: { label: string }) {
  if (useShownPane() !== "list") return null;
  return (
    <Link
      href="/mail"
      className="inline-flex size-11 items-center justify-center rounded-md text-gray-700 hover:bg-gray-100 md:hidden"
    >
      <Icon name="chevron-left" className="size-5" />
      <span className="sr-only">{label}</span>
    </Link>
  );
}
