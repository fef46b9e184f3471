import { conversationLabels } from "@/lib/i18n/conversation-labels";
import type { Lang } from "@/lib/i18n/lang";
import type { ThreadSummary } from "@/lib/thread/conversation";
import { participantsSummary } from "@/lib/thread/participants-summary";

/**
 * A conversation row's "who": its participants' short names, then how many messages it holds
 * when more than one (Gmail's "Bob, me, Carol 6"). The names truncate; the count stays.
 */
export function ThreadParticipants({
  thread,
  account,
  lang,
}: {
  thread: ThreadSummary;
  account: string;
  lang: Lang;
}) {
  const m = conversationLabels(lang);
  const names = participantsSummary(thread.participants, account, m.me);
  return (
    <span className="flex min-w-0 items-baseline gap-1.5">
      <span className="truncate">{names || "—"}</span>
      {thread.count > 1 && (
        <span data-thread-count-badge className="shrink-0 text-xs font-normal text-gray-600">
          <span aria-hidden="true">{thread.count}</span>
          <span className="sr-only">, {m.messages(thread.count)}</span>
        </span>
      )}
    </span>
  );
}
