// The words of pull to refresh on the message list, in the UI language. Client-safe.
import type { Lang } from "@/lib/i18n/lang";

export interface PullLabels {
  /** While the finger pulls, short of the point where letting go refreshes. */
  pull: string;
  /** Past that point. */
  release: string;
  /** Announced while the list is fetched again. */
  refreshing: string;
}

const labels: Record<Lang, PullLabels> = {
  en: {
    pull: "Pull to refresh",
    release: "Release to refresh",
    refreshing: "Refreshing…",
  },
  ja: {
    pull: "引っ張って更新",
    release: "指を離すと更新",
    refreshing: "更新しています…",
  },
};

export const pullLabels = (lang: Lang): PullLabels => labels[lang];
