"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import type { Lang } from "@/lib/i18n/lang";
import type { LanguageChoice } from "@/lib/i18n/language-choice";

interface Option {
  value: LanguageChoice;
  label: string;
  /** A language's own name is in that language (`lang`), whatever the page's. */
  lang?: Lang;
  hint?: ReactNode;
}

/** The radios, busy while the choice is being saved. */
function Choices({
  labelledBy,
  choice,
  options,
}: {
  labelledBy: string;
  choice: LanguageChoice;
  options: Option[];
}) {
  const { pending } = useFormStatus();
  return (
    <fieldset role="radiogroup" aria-labelledby={labelledBy} aria-busy={pending || undefined}>
      {options.map((option) => (
        <label
          key={option.value}
          className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md px-2 py-2 hover:bg-gray-50 md:min-h-9"
        >
          <input
            type="radio"
            name="lang"
            value={option.value}
            defaultChecked={option.value === choice}
            // Applied as soon as it is picked: the page comes back in the new language.
            onChange={(event) => event.currentTarget.form?.requestSubmit()}
            className="accent-ink-600 mt-0.5 size-5 shrink-0 md:size-4"
          />
          <span className="min-w-0 text-sm">
            <span lang={option.lang} className="block text-gray-900">
              {option.label}
            </span>
            {option.hint && <span className="block text-gray-600">{option.hint}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The language radio group of Settings, a form posting to `action`. It submits on change; without
 * JavaScript a Save button does.
 */
export function LanguageChoiceForm({
  labelledBy,
  choice,
  options,
  action,
  saveLabel,
}: {
  labelledBy: string;
  choice: LanguageChoice;
  options: Option[];
  action: (form: FormData) => Promise<void>;
  saveLabel: string;
}) {
  return (
    // Keyed by the saved choice, so the radios show it again after the page comes back.
    <form key={choice} action={action}>
      <Choices labelledBy={labelledBy} choice={choice} options={options} />
      <noscript>
        <button
          type="submit"
          className="bg-ink-600 hover:bg-ink-700 mt-3 min-h-11 rounded-md px-4 text-sm font-medium text-white md:min-h-8"
        >
          {saveLabel}
        </button>
      </noscript>
    </form>
  );
}
