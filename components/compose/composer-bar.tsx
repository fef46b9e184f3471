import { Icon } from "@/components/ui/icon";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

const quietClass =
  "inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center gap-1.5 rounded-md px-2 text-sm text-gray-700 hover:bg-gray-100 disabled:opacity-50 md:min-h-9 md:min-w-9";

/**
 * The composer's top bar, kept in view (sticky) so Send is always in reach on a phone: Close,
 * the heading with the draft status under it (role="status"), Discard, Save draft and Send.
 */
export function ComposerBar({
  lang,
  heading,
  headingId,
  status,
  sending,
  onClose,
  onDiscard,
  onSaveDraft,
  onSend,
}: {
  lang: Lang;
  heading: string;
  headingId: string;
  /** "Draft saved", "Sending…": said politely. */
  status: string;
  sending: boolean;
  onClose: () => void;
  onDiscard: () => void;
  onSaveDraft: () => void;
  onSend: () => void;
}) {
  const m = t(lang).compose;
  return (
    <div className="pt-safe sticky top-0 z-10 border-b border-gray-200 bg-white/95 backdrop-blur-sm">
      <div className="flex min-h-14 items-center gap-1 px-2 md:min-h-12 md:px-3">
        <button type="button" onClick={onClose} title={m.close} className={quietClass}>
          <Icon name="close" />
          <span className="sr-only">{m.close}</span>
        </button>
        <div className="min-w-0 flex-1 px-1">
          <h1 id={headingId} className="truncate text-base font-semibold text-gray-900">
            {heading}
          </h1>
          <p role="status" className="truncate text-xs text-gray-500">
            {status}
          </p>
        </div>
        <button
          type="button"
          onClick={onDiscard}
          disabled={sending}
          title={m.discard}
          className={quietClass}
        >
          <Icon name="trash" />
          <span className="sr-only lg:not-sr-only">{m.discard}</span>
        </button>
        <button
          type="button"
          onClick={onSaveDraft}
          disabled={sending}
          title={m.saveDraft}
          className={quietClass}
        >
          <Icon name="save" />
          <span className="sr-only lg:not-sr-only">{m.saveDraft}</span>
        </button>
        <button
          type="button"
          onClick={onSend}
          disabled={sending}
          aria-keyshortcuts="Control+Enter"
          className="bg-ink-600 hover:bg-ink-700 ml-1 inline-flex min-h-11 shrink-0 items-center gap-1.5 rounded-md px-4 text-sm font-semibold text-white disabled:opacity-60 md:min-h-9"
        >
          <Icon name="sent" />
          {m.send}
        </button>
      </div>
    </div>
  );
}
