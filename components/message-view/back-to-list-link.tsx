"use client";

import Link from "next/link";
import { useMailRoute } from "@/components/use-mail-route";
import { Icon } from "@/components/ui/icon";
import { mailboxHref } from "@/lib/mail/mail-urls";

/** Back to the list of the mailbox in the address bar (and its page), from the message pane. */
export function BackToListLink({ label }: { label: string }) {
  const { mailbox, page } = useMailRoute();
  return (
    <Link
      href={mailboxHref(mailbox ?? "INBOX", page)}
      className="mt-4 inline-flex min-h-11 items-center gap-1.5 rounded-md text-blue-700 underline"
    >
      <Icon name="chevron-left" />
      {label}
    </Link>
  );
}
