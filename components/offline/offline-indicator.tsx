"use client";

import { useConnectivity } from "@/components/offline/use-connectivity";
import type { Lang } from "@/lib/i18n/lang";
import { offlineLabels } from "@/lib/i18n/offline-labels";

/**
 * "Offline — showing mail saved on this device", announced in a role="status" region that is
 * there from the start (a live region added with its text is not always read out). `always`:
 * the offline views, whose mail comes from the device store whatever navigator.onLine says.
 */
export function OfflineIndicator({
  lang,
  always = false,
  roomy = false,
}: {
  lang: Lang;
  always?: boolean;
  /** Shown outside the crowded header (the composer): the whole notice fits. */
  roomy?: boolean;
}) {
  const { online } = useConnectivity();
  const shown = always || !online;
  const m = offlineLabels(lang);
  return (
    <div role="status" className="flex min-w-0 shrink-0 items-center">
      {shown && (
        <p
          title={`${m.offline} — ${m.savedMail}`}
          className="flex min-w-0 items-center gap-1.5 rounded-full bg-slate-800 px-2.5 py-0.5 text-xs font-medium whitespace-nowrap text-white"
        >
          <span aria-hidden="true" className="size-1.5 shrink-0 rounded-full bg-amber-400" />
          {m.offline}
          {/* The header shows "Offline" until it is wide; the whole notice is always read out. */}
          <span
            className={roomy ? undefined : "sr-only 2xl:not-sr-only"}
          >{` — ${m.savedMail}`}</span>
        </p>
      )}
    </div>
  );
}
