"use client";

import { useEffect, useId, useRef } from "react";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

/**
 * "Delete N messages for good?" as a modal <dialog>: focus moves in and back, Escape cancels,
 * and Cancel is focused first (the safe choice).
 */
export function ConfirmDeleteDialog({
  lang,
  count,
  onClose,
}: {
  lang: Lang;
  count: number;
  onClose: (confirmed: boolean) => void;
}) {
  const m = t(lang).actions;
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  // No cleanup: unmounting removes the dialog, and with it the modal state.
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    cancelRef.current?.focus();
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={(event) => onClose(event.currentTarget.returnValue === "delete")}
      className="m-auto w-[min(24rem,calc(100vw-2rem))] rounded-xl p-5 text-gray-900 shadow-xl backdrop:bg-gray-900/40"
    >
      <form method="dialog">
        <h2 id={titleId} className="text-base font-semibold">
          {m.confirmDelete(count)}
        </h2>
        <p className="mt-2 text-sm text-gray-600">{m.confirmDeleteBody}</p>
        <div className="mt-5 flex justify-end gap-2">
          <button
            type="submit"
            value="cancel"
            ref={cancelRef}
            className="inline-flex min-h-11 items-center rounded-md border border-gray-300 px-4 text-sm font-medium hover:bg-gray-50 md:min-h-9"
          >
            {m.cancel}
          </button>
          <button
            type="submit"
            value="delete"
            className="inline-flex min-h-11 items-center rounded-md bg-red-700 px-4 text-sm font-medium text-white hover:bg-red-800 md:min-h-9"
          >
            {m.delete}
          </button>
        </div>
      </form>
    </dialog>
  );
}
