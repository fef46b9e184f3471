"use client";

import { useEffect, useState } from "react";
import { useMailActions } from "@/components/actions/use-mail-actions";
import { useLive, useLiveState } from "@/components/live/live-context";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

const toastShownMs = 6000;
const alertShownMs = 12_000;

/**
 * The one polite live region (role="status"), kept in the header so it is there before anything
 * is said: the connection notice beside the app name, and action outcomes as a toast (with Undo).
 * Errors go to a separate role="alert".
 */
export function LiveStatus({ lang }: { lang: Lang }) {
  const m = t(lang);
  const notice = useLiveState((state) => state.notice);
  return (
    <>
      <div role="status" className="flex min-w-0 items-center">
        {notice && (
          <p
            className={`flex min-w-0 items-center gap-1.5 truncate rounded-full px-2.5 py-0.5 text-xs ${
              notice === "paused" ? "bg-amber-50 text-amber-900" : "bg-emerald-50 text-emerald-900"
            }`}
          >
            <span
              aria-hidden="true"
              className={`size-1.5 shrink-0 rounded-full ${
                notice === "paused" ? "animate-pulse bg-amber-500" : "bg-emerald-500"
              }`}
            />
            {notice === "paused" ? m.live.paused : m.live.restored}
          </p>
        )}
        <ActionToast lang={lang} />
      </div>
      <ActionAlert lang={lang} />
    </>
  );
}

const toastClass =
  "pointer-events-auto flex max-w-[calc(100vw-2rem)] items-center gap-3 rounded-lg px-4 py-2.5 text-sm shadow-lg";
const stackClass =
  "pointer-events-none fixed inset-x-0 z-40 flex justify-center px-4 bottom-[calc(1rem+env(safe-area-inset-bottom))]";

/** "Moved to Archive [Undo]" for a few seconds; kept while the pointer or focus is on it. */
function ActionToast({ lang }: { lang: Lang }) {
  const m = t(lang).actions;
  const { store } = useLive();
  const { undo } = useMailActions();
  const toast = useLiveState((state) => state.toast);
  const [held, setHeld] = useState(false);

  useEffect(() => {
    if (!toast || held) return;
    const timer = setTimeout(() => store.dismissToast(toast.id), toastShownMs);
    return () => clearTimeout(timer);
  }, [toast, held, store]);

  if (!toast) return null;
  return (
    <div className={stackClass}>
      <div
        className={`${toastClass} bg-gray-900 text-white`}
        onPointerEnter={() => setHeld(true)}
        onPointerLeave={() => setHeld(false)}
        onFocus={() => setHeld(true)}
        onBlur={() => setHeld(false)}
      >
        <p className="min-w-0">{toast.text}</p>
        {toast.undo && (
          <button
            type="button"
            onClick={() => {
              const move = toast.undo;
              store.dismissToast(toast.id);
              setHeld(false);
              if (move) void undo(move);
            }}
            className="-my-1 inline-flex min-h-11 items-center rounded-md px-2 font-semibold text-sky-300 hover:bg-white/10 md:min-h-8"
          >
            {m.undo}
          </button>
        )}
      </div>
    </div>
  );
}

/** An action the server refused, in its own words, until dismissed (or a while later). */
function ActionAlert({ lang }: { lang: Lang }) {
  const m = t(lang).actions;
  const { store } = useLive();
  const alert = useLiveState((state) => state.alert);

  useEffect(() => {
    if (!alert) return;
    const timer = setTimeout(() => store.dismissAlert(alert.id), alertShownMs);
    return () => clearTimeout(timer);
  }, [alert, store]);

  if (!alert) return null;
  return (
    <div className={`${stackClass} mb-16`}>
      <div role="alert" className={`${toastClass} border border-red-200 bg-red-50 text-red-900`}>
        <p className="min-w-0">{alert.text}</p>
        <button
          type="button"
          onClick={() => store.dismissAlert(alert.id)}
          className="-my-1 inline-flex min-h-11 items-center rounded-md px-2 font-medium hover:bg-red-100 md:min-h-8"
        >
          {m.dismiss}
        </button>
      </div>
    </div>
  );
}
