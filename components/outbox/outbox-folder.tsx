"use client";

import { useState } from "react";
import { OutboxDialog } from "@/components/outbox/outbox-dialog";
import { useOfflineQueue } from "@/components/outbox/offline-queue-context";
import { Icon } from "@/components/ui/icon";
import type { Lang } from "@/lib/i18n/lang";
import { outboxLabels } from "@/lib/i18n/outbox-labels";

/**
 * "Outbox" in Folders, only while messages wait on this device: not a mailbox on the server,
 * so a button that lists them (in a dialog, which works offline) rather than a link.
 */
export function OutboxFolder({ lang }: { lang: Lang }) {
  const queue = useOfflineQueue();
  const [open, setOpen] = useState(false);
  const m = outboxLabels(lang);
  const count = queue?.outbox.length ?? 0;
  if (!queue || count === 0) return null;
  return (
    <li>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        className="flex min-h-11 w-full items-center gap-2.5 rounded-md pr-2 pl-2 text-left text-[0.9375rem] text-gray-800 hover:bg-gray-100 md:min-h-8 md:text-sm"
      >
        <Icon name="sent" className="size-4 text-gray-500" />
        <span className="min-w-0 flex-1 truncate">{m.outbox}</span>
        <span data-outbox-count className="text-xs font-semibold text-gray-700 tabular-nums">
          {count}
        </span>
        <span className="sr-only"> {m.waitingCount(count)}</span>
      </button>
      {open && (
        <OutboxDialog
          lang={lang}
          account={queue.account}
          messages={queue.outbox}
          onClose={() => setOpen(false)}
        />
      )}
    </li>
  );
}
