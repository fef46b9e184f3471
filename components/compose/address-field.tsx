import { useId } from "react";

export const fieldRowClass =
  "flex min-h-11 items-center gap-2 border-b border-gray-200 px-4 focus-within:border-ink-500";
export const fieldLabelClass = "w-14 shrink-0 text-sm text-gray-600";
export const fieldInputClass =
  "min-w-0 flex-1 bg-transparent py-2.5 text-base text-gray-900 outline-none md:text-sm";

/**
 * To, Cc or Bcc: one line of addresses as typed or pasted. `error` marks it invalid
 * (aria-invalid, with the reason under it).
 */
export function AddressField({
  label,
  value,
  error,
  disabled,
  inputRef,
  onChange,
  onBlur,
}: {
  label: string;
  value: string;
  error: string | null;
  disabled: boolean;
  inputRef?: React.Ref<HTMLInputElement>;
  onChange: (value: string) => void;
  onBlur: () => void;
}) {
  const id = useId();
  return (
    <div>
      <div className={`${fieldRowClass} ${error ? "border-red-400 bg-red-50/40" : ""}`}>
        <label htmlFor={id} className={fieldLabelClass}>
          {label}
        </label>
        <input
          id={id}
          ref={inputRef}
          type="text"
          inputMode="email"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          value={value}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => onChange(event.currentTarget.value)}
          onBlur={onBlur}
          className={fieldInputClass}
        />
      </div>
      {error && (
        <p id={`${id}-error`} className="px-4 pt-1 pb-1.5 text-sm break-words text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
