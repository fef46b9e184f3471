import type { AttachmentItem } from "@/components/compose/use-attachments";
import { Icon } from "@/components/ui/icon";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { formatSize } from "@/lib/mail/format-size";

/** "Attach files" (a file input behind its label) and the files attached so far. */
export function AttachmentField({
  items,
  lang,
  disabled,
  onAdd,
  onRemove,
}: {
  items: AttachmentItem[];
  lang: Lang;
  disabled: boolean;
  onAdd: (files: File[]) => void;
  onRemove: (key: string) => void;
}) {
  const m = t(lang).compose;
  return (
    <div className="flex flex-col gap-2 px-4 py-3">
      <label className="has-[:focus-visible]:outline-ink-600 inline-flex min-h-11 w-fit cursor-pointer items-center gap-1.5 rounded-md px-2 text-sm text-gray-700 hover:bg-gray-100 has-[:disabled]:opacity-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 md:min-h-8">
        <Icon name="paperclip" />
        {m.attachFiles}
        <input
          type="file"
          multiple
          disabled={disabled}
          className="sr-only"
          onChange={(event) => {
            const files = Array.from(event.currentTarget.files ?? []);
            // Cleared, so choosing the same file again (after removing it) adds it again.
            event.currentTarget.value = "";
            if (files.length > 0) onAdd(files);
          }}
        />
      </label>
      {items.length > 0 && (
        <ul aria-label={m.attachments} className="flex flex-col gap-1.5">
          {items.map((item) => (
            <li
              key={item.key}
              className="flex min-w-0 items-center gap-2 rounded-lg border border-gray-200 py-1 pr-1 pl-3"
            >
              <Icon name="file" className="size-4 text-gray-500" />
              <div className="min-w-0 flex-1">
                <p className="truncate text-sm text-gray-900" title={item.filename}>
                  {item.filename}
                </p>
                {item.state === "uploading" ? (
                  <progress
                    aria-label={m.uploading(item.filename)}
                    max={Math.max(item.size, 1)}
                    value={item.loaded}
                    className="[&::-webkit-progress-value]:bg-ink-600 block h-1.5 w-full overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-gray-200"
                  />
                ) : (
                  <p className="text-xs text-gray-600 tabular-nums">
                    {formatSize(item.size, lang)}
                  </p>
                )}
              </div>
              <button
                type="button"
                onClick={() => onRemove(item.key)}
                aria-label={m.remove(item.filename)}
                title={m.remove(item.filename)}
                className="inline-flex size-11 shrink-0 items-center justify-center rounded-md text-gray-600 hover:bg-gray-100 md:size-8"
              >
                <span aria-hidden="true" className="text-lg leading-none">
                  ×
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
