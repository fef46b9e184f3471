"use client";

import { useConnectivity } from "@/components/offline/use-connectivity";
import type { Lang } from "@/lib/i18n/lang";
import { offlineLabels } from "@/lib/i18n/offline-labels";

/**
 * "Offline — showing mail saved on this device", announced in a role="status" region that is
 * there from the start (a live region added with its text is not always read out). `always`:
 * the offline views, whose mail comes from the device store whatever navigator.onLine says.
 */
export function OfflineIndicator({ lang, always = false }: { lang: Lang; always?: boolean }) {
  const { online } = useConnectivity();
  const shown = always || !online;
  return (
    <div role="status" className="flex min-w-0 items-center">
      {shown && (
        <p className="flex min-w-0 items-center gap-1.5 truncate rounded-full bg-slate-100 px-2.5 py-0.5 text-xs text-slate-800">
          <span aria-hidden="true" className="size-1.5 shrink-0 rounded-full bg-slate-500" />
          {offlineLabels(lang).indicator}
        </p>
      )}
    </div>
  );
}
