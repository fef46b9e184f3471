import { useId, useState } from "react";
import { normalizeLinkHref } from "@/components/compose/editor-commands";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

/** The address for a new link: `onDone(href)` to add it, `onDone(null)` to cancel. */
export function LinkForm({ lang, onDone }: { lang: Lang; onDone: (href: string | null) => void }) {
  const m = t(lang);
  const id = useId();
  const [value, setValue] = useState("");
  const href = normalizeLinkHref(value);

  return (
    <div className="flex flex-wrap items-center gap-2 pb-2">
      <label htmlFor={id} className="text-sm text-gray-600">
        {m.compose.linkAddress}
      </label>
      <input
        id={id}
        type="url"
        autoFocus
        value={value}
        placeholder="https://"
        onChange={(event) => setValue(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === "Escape") onDone(null);
          if (event.key === "Enter") {
            event.preventDefault();
            if (href) onDone(href);
          }
        }}
        className="min-h-9 min-w-0 flex-1 rounded-md border border-gray-300 px-2 text-base md:text-sm"
      />
      <button
        type="button"
        disabled={!href}
        onClick={() => onDone(href)}
        className="bg-ink-600 min-h-9 rounded-md px-3 text-sm font-medium text-white disabled:opacity-50"
      >
        {m.compose.addLink}
      </button>
      <button
        type="button"
        onClick={() => onDone(null)}
        className="min-h-9 rounded-md px-3 text-sm text-gray-700 hover:bg-gray-100"
      >
        {m.actions.cancel}
      </button>
    </div>
  );
}
