"use client";

import { useEffect, useId, useRef } from "react";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { keyBindings } from "@/lib/keyboard/keyboard-command";

/**
 * The `?` help: every shortcut in the UI language, in a modal <dialog> named by its heading.
 * Escape or Close closes it, and the focus goes back where it was.
 */
export function KeyboardHelpDialog({ lang, onClose }: { lang: Lang; onClose: () => void }) {
  const m = t(lang).keyboard;
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    const before = document.activeElement;
    dialog.showModal();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className="m-auto max-h-[calc(100dvh-2rem)] w-[min(26rem,calc(100vw-2rem))] rounded-xl p-5 text-gray-900 shadow-xl backdrop:bg-gray-900/40"
    >
      <form method="dialog">
        <h2 id={titleId} className="text-base font-semibold">
          {m.heading}
        </h2>
        <table className="mt-3 w-full text-sm">
          <thead className="sr-only">
            <tr>
              <th scope="col">{m.key}</th>
              <th scope="col">{m.action}</th>
            </tr>
          </thead>
          <tbody>
            {keyBindings.map((binding) => (
              <tr key={binding.keys} className="border-b border-gray-100 last:border-0">
                <td className="w-24 py-1.5 pr-3">
                  <kbd className="rounded border border-gray-300 bg-gray-50 px-1.5 py-0.5 font-mono text-xs">
                    {binding.keys}
                  </kbd>
                </td>
                <td className="py-1.5 text-gray-700">{m.commands[binding.command]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="mt-4 flex justify-end">
          <button
            type="submit"
            className="inline-flex min-h-11 items-center rounded-md border border-gray-300 px-4 text-sm font-medium hover:bg-gray-50 md:min-h-9"
          >
            {m.close}
          </button>
        </div>
      </form>
    </dialog>
  );
}
