import { Icon } from "@/components/ui/icon";
import { useState, type ReactNode } from "react";
import type { EditorCommand } from "@/components/compose/editor-commands";
import { LinkForm } from "@/components/compose/link-form";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

const buttonClass =
  "inline-flex size-11 items-center justify-center rounded-md text-sm text-gray-700 hover:bg-gray-100 aria-pressed:bg-ink-50 aria-pressed:text-ink-700 disabled:opacity-50 md:size-8";

/**
 * Bold, Italic, Bulleted list, Numbered list, Link and Quote above the editor; `extra` (the
 * Plain text switch) at the end. Buttons keep the editor's selection: they never take focus
 * from it on a mouse press.
 */
export function FormattingToolbar({
  lang,
  rich,
  active,
  disabled,
  onCommand,
  onLink,
  extra,
}: {
  lang: Lang;
  /** False in Plain text mode: only `extra` is shown. */
  rich: boolean;
  active: Partial<Record<EditorCommand, boolean>>;
  disabled: boolean;
  onCommand: (command: EditorCommand) => void;
  onLink: (href: string) => void;
  extra: ReactNode;
}) {
  const m = t(lang).compose;
  const [linking, setLinking] = useState(false);
  const labels: Record<EditorCommand, string> = {
    bold: m.bold,
    italic: m.italic,
    bulletedList: m.bulletedList,
    numberedList: m.numberedList,
    quote: m.quote,
  };
  const commands: EditorCommand[] = ["bold", "italic", "bulletedList", "numberedList"];

  const button = (key: EditorCommand | "link", label: string, onClick: () => void) => (
    <button
      key={key}
      type="button"
      title={label}
      aria-label={label}
      aria-pressed={key === "link" ? undefined : (active[key] ?? false)}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
      className={buttonClass}
    >
      <Icon name={key} />
    </button>
  );

  return (
    <div className="border-b border-gray-200 px-1 md:px-2">
      <div
        role="group"
        aria-label={m.formatting}
        className="flex flex-wrap items-center py-1 md:gap-0.5"
      >
        {rich &&
          commands.map((command) => button(command, labels[command], () => onCommand(command)))}
        {rich && button("link", m.link, () => setLinking((open) => !open))}
        {rich && button("quote", m.quote, () => onCommand("quote"))}
        <div className="ml-auto">{extra}</div>
      </div>
      {rich && linking && (
        <LinkForm
          lang={lang}
          onDone={(href) => {
            setLinking(false);
            if (href) onLink(href);
          }}
        />
      )}
    </div>
  );
}
