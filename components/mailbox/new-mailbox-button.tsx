"use client";

import { lazy, Suspense, useState } from "react";
import { useMailboxHierarchy } from "@/components/mailbox/mailbox-hierarchy";
import { Icon } from "@/components/ui/icon";
import { mailboxLabels } from "@/lib/i18n/mailbox-labels";

// Loaded on first use: most page loads never create a folder.
const NewMailboxDialog = lazy(() =>
  import("@/components/mailbox/new-mailbox-dialog").then((module) => ({
    default: module.NewMailboxDialog,
  })),
);

/** "New folder" beneath the mailboxes; it opens the dialog that asks for the name. */
export function NewMailboxButton({ className }: { className: string }) {
  const { lang } = useMailboxHierarchy();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} className={className}>
        <Icon name="mailbox" className="size-4 text-gray-500" />
        <span className="min-w-0 flex-1 truncate text-left">{mailboxLabels(lang).newFolder}</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <NewMailboxDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
