"use client";

import { useId } from "react";
import { usePushSubscription } from "@/components/push/use-push-subscription";
import type { Lang } from "@/lib/i18n/lang";
import { pushLabels } from "@/lib/i18n/push-labels";

/**
 * The header's bell: a toggle button named "Notifications", pressed while new mail notifies this
 * browser. Blocked or unsupported, it stays visible and says why in its description.
 */
export function NotificationSwitch({ lang }: { lang: Lang }) {
  const m = pushLabels(lang);
  const { state, failed, toggle } = usePushSubscription();
  const usable = state === "on" || state === "off";
  const descriptionId = useId();
  const description = failed ? m.failed : state === "busy" ? m.off : m[state];
  return (
    <button
      type="button"
      aria-pressed={state === "on"}
      aria-disabled={!usable}
      aria-busy={state === "busy"}
      aria-describedby={descriptionId}
      title={description}
      data-push-state={state}
      onClick={toggle}
      className={`inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-2 md:min-h-8 ${
        state === "on" ? "text-ink-700 bg-ink-50" : "text-gray-600 hover:bg-gray-100"
      } aria-disabled:cursor-not-allowed aria-disabled:opacity-60`}
    >
      <svg
        viewBox="0 0 24 24"
        fill={state === "on" ? "currentColor" : "none"}
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        focusable="false"
        className="size-4 shrink-0"
      >
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        {state === "blocked" ? <path d="m3 3 18 18" /> : null}
      </svg>
      <span className="sr-only">{m.name}</span>
      <span id={descriptionId} hidden>
        {description}
      </span>
    </button>
  );
}
