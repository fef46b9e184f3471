import type { ReactNode } from "react";

export const toolButtonClass =
  "inline-flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-md px-2 text-sm text-gray-700 hover:bg-gray-100 disabled:opacity-50 md:min-h-8 md:min-w-8";

/** Icon buttons; the label is visible where there is room (`labels`), else for screen readers. */
export function ToolButton({
  label,
  icon,
  labels,
  onClick,
}: {
  label: string;
  icon: ReactNode;
  labels: boolean;
  onClick: () => void;
}) {
  return (
    <button type="button" title={label} onClick={onClick} className={toolButtonClass}>
      {icon}
      <span className={labels ? "sr-only @3xl:not-sr-only" : "sr-only"}>{label}</span>
    </button>
  );
}
