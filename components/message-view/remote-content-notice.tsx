import { Icon } from "@/components/ui/icon";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

/**
 * Tells the reader remote images were blocked (and reloads the message with them on request)
 * and how many tracking pixels were removed; trackers alone offer nothing to load.
 */
export function RemoteContentNotice({
  blocked,
  trackers,
  action,
  params,
  lang,
}: {
  /** Remote images held back; 0 when none were, or remote content is already allowed. */
  blocked: number;
  trackers: number;
  /** The message page URL, without a query string. */
  action: string;
  /** The query to carry (page, remote=1), sent as hidden inputs of the GET form. */
  params: Record<string, string>;
  lang: Lang;
}) {
  const m = t(lang);
  return (
    <div className="flex flex-col gap-2 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950 @md:flex-row @md:items-center">
      <Icon name="shield" className="hidden size-4 text-amber-700 @md:block" />
      <p className="flex-1">
        {[
          blocked > 0 ? m.message.remoteBlocked(blocked) : null,
          trackers > 0 ? m.message.trackersBlocked(trackers) : null,
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      {blocked > 0 && (
        <form action={action} method="get">
          {Object.entries(params).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <button
            type="submit"
            className="inline-flex min-h-11 items-center rounded-md border border-amber-300 bg-white px-3 font-medium text-amber-950 hover:bg-amber-100 md:min-h-8"
          >
            {m.message.loadRemote}
          </button>
        </form>
      )}
    </div>
  );
}
