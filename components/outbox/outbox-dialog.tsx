"use client";

import { useEffect, useId, useRef } from "react";
import { composeHref } from "@/components/compose/compose-url";
import { removeFromOutbox } from "@/components/outbox/outbox-store";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { outboxLabels } from "@/lib/i18n/outbox-labels";
import type { OutboxMessage } from "@/lib/offline/outbox-message";

const buttonClass =
  "inline-flex min-h-11 items-center rounded-md border border-gray-300 px-3 text-sm font-medium hover:bg-gray-50 md:min-h-8";

/** The messages waiting in the Outbox (a list named "Outbox"), each with Remove. */
export function OutboxDialog({
  lang,
  account,
  messages,
  onClose,
}: {
  lang: Lang;
  account: string;
  messages: OutboxMessage[];
  onClose: () => void;
}) {
  const m = outboxLabels(lang);
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  // The last one removed: nothing left to show.
  useEffect(() => {
    if (messages.length === 0) onClose();
  }, [messages.length, onClose]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl p-5 text-gray-900 shadow-xl backdrop:bg-gray-900/40"
    >
      <h2 id={titleId} className="text-base font-semibold">
        {m.outbox}
      </h2>
      <ul aria-label={m.outbox} className="mt-3 divide-y divide-gray-200">
        {messages.map((message) => (
          <li
            key={message.messageId}
            className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2.5"
          >
            <div className="min-w-0 flex-1">
              <p className="truncate text-sm font-medium">
                {message.draft.subject || t(lang).noSubject}
              </p>
              <p className="truncate text-xs text-gray-600">
                {m.to}: {message.draft.to}
              </p>
              <p className={`text-xs ${message.error ? "text-red-800" : "text-gray-600"}`}>
                {message.error ? m.failed(message.error.message || message.error.code) : m.waiting}
              </p>
            </div>
            {message.savedDraft && (
              <a
                href={composeHref({ mode: "draft", ...message.savedDraft })}
                className={buttonClass}
              >
                {m.editDraft}
              </a>
            )}
            <button
              type="button"
              onClick={() => void removeFromOutbox(account, message.messageId)}
              className={buttonClass}
            >
              {m.remove}
            </button>
          </li>
        ))}
      </ul>
      <form method="dialog" className="mt-4 flex justify-end">
        <button type="submit" className={buttonClass}>
          {m.close}
        </button>
      </form>
    </dialog>
  );
}
