import { pullState } from "@/components/pull-to-refresh/pull-gesture";
import type { Lang } from "@/lib/i18n/lang";
import { pullLabels } from "@/lib/i18n/pull-labels";

/**
 * What a pull shows above the list: it opens as far as the list is pulled, says whether letting
 * go refreshes, and stays open while the refresh runs. Takes no room otherwise. Hidden from
 * screen readers, like the gesture itself (their users refresh with the live list or a reload;
 * the header's status region stays the one place that speaks).
 */
export function PullIndicator({
  distance,
  refreshing,
  lang,
}: {
  distance: number;
  refreshing: boolean;
  lang: Lang;
}) {
  const labels = pullLabels(lang);
  const state = refreshing ? "refreshing" : pullState(distance);
  const height = refreshing ? 40 : distance;
  const text = {
    idle: "",
    pulling: labels.pull,
    armed: labels.release,
    refreshing: labels.refreshing,
  }[state];
  return (
    <div
      aria-hidden="true"
      data-pull-state={state}
      className="flex shrink-0 items-end justify-center overflow-hidden text-xs text-gray-600"
      style={{ height }}
    >
      <p className="flex items-center gap-2 pb-2">
        {state === "refreshing" && (
          <span className="size-3 animate-spin rounded-full border-2 border-gray-300 border-t-gray-600" />
        )}
        {text}
      </p>
    </div>
  );
}
