// The words of the notification switch, in the UI language. Client-safe.
import type { Lang } from "@/lib/i18n/lang";

export interface PushLabels {
  /** The switch's accessible name (the UI contract's "Notifications"). */
  name: string;
  on: string;
  off: string;
  blocked: string;
  unsupported: string;
  failed: string;
}

const labels: Record<Lang, PushLabels> = {
  en: {
    name: "Notifications",
    on: "New mail notifies this browser",
    off: "Notify this browser of new mail",
    blocked: "Notifications are blocked in this browser's site settings",
    unsupported: "This browser cannot show notifications from Tegami",
    failed: "Notifications could not be switched; try again",
  },
  ja: {
    name: "通知",
    on: "新着メールをこのブラウザーに通知します",
    off: "新着メールをこのブラウザーに通知する",
    blocked: "このブラウザーのサイト設定で通知がブロックされています",
    unsupported: "このブラウザーは Tegami の通知を表示できません",
    failed: "通知を切り替えられませんでした。もう一度お試しください",
  },
};

export function pushLabels(lang: Lang): PushLabels {
  return labels[lang];
}
