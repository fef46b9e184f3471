"use client";

import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";

/** done: close; again: stay open with new content (a second question); error: say why. */
export type DialogOutcome = "done" | "again" | { error: string };

const buttonClass =
  "inline-flex min-h-11 items-center rounded-md px-4 text-sm font-medium disabled:opacity-60 md:min-h-9";

/**
 * A modal <dialog> for one folder action: focus moves in (to `initialFocus`, else Cancel) and
 * back, Escape cancels, the error of the last try shows in role="alert" inside it, and the
 * submit button waits for `onSubmit`.
 */
export function MailboxDialog({
  title,
  submitLabel,
  cancelLabel,
  danger = false,
  onSubmit,
  onClose,
  children,
}: {
  title: string;
  submitLabel: string;
  cancelLabel: string;
  danger?: boolean;
  onSubmit: () => Promise<DialogOutcome>;
  onClose: () => void;
  children?: ReactNode;
}) {
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // No cleanup: unmounting removes the dialog, and with it the modal state.
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    const field = dialog.querySelector<HTMLElement>("[data-autofocus]");
    (field ?? cancelRef.current)?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const outcome = await onSubmit();
    setBusy(false);
    setError(typeof outcome === "object" ? outcome.error : null);
    if (outcome === "done") ref.current?.close();
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className="m-auto w-[min(26rem,calc(100vw-2rem))] rounded-xl p-5 text-gray-900 shadow-xl backdrop:bg-gray-900/40"
    >
      <form onSubmit={submit} noValidate>
        <h2 id={titleId} className="text-base font-semibold break-words">
          {title}
        </h2>
        <div className="mt-2 text-sm text-gray-700">{children}</div>
        {error && (
          <p
            role="alert"
            className="mt-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900"
          >
            {error}
          </p>
        )}
        <div className="mt-5 flex justify-end gap-2">
          <button
            type="button"
            ref={cancelRef}
            onClick={() => ref.current?.close()}
            className={`${buttonClass} border border-gray-300 hover:bg-gray-50`}
          >
            {cancelLabel}
          </button>
          <button
            type="submit"
            disabled={busy}
            className={`${buttonClass} text-white ${danger ? "bg-red-700 hover:bg-red-800" : "bg-ink-600 hover:bg-ink-700"}`}
          >
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** A labelled text field for a dialog, focused when the dialog opens. */
export function MailboxNameField({
  label,
  hint,
  value,
  onChange,
}: {
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium text-gray-900">
        {label}
      </label>
      <input
        id={id}
        data-autofocus
        type="text"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="focus:border-ink-500 min-h-11 w-full rounded-md border border-gray-300 px-3 text-base md:min-h-9 md:text-sm"
      />
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-gray-600">
          {hint}
        </p>
      )}
    </div>
  );
}
