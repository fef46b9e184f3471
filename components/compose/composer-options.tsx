import type { Draft } from "@/lib/api/compose-contract";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

/** How the message is encoded: UTF-8, or ISO-2022-JP for older Japanese mail software. */
export function ComposerOptions({
  lang,
  charset,
  disabled,
  onCharsetChange,
}: {
  lang: Lang;
  charset: Draft["charset"];
  disabled: boolean;
  onCharsetChange: (charset: Draft["charset"]) => void;
}) {
  return (
    <div className="pb-safe border-t border-gray-200 px-4 py-3">
      <label className="flex min-h-11 items-center gap-2 text-sm text-gray-700 md:min-h-8">
        <input
          type="checkbox"
          checked={charset === "iso-2022-jp"}
          disabled={disabled}
          onChange={(event) =>
            onCharsetChange(event.currentTarget.checked ? "iso-2022-jp" : "utf-8")
          }
          className="accent-ink-600 size-4"
        />
        {t(lang).compose.iso2022jp}
      </label>
    </div>
  );
}
