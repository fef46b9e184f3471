// The words of the not-found page, in the UI language. Client-safe.
import type { Lang } from "@/lib/i18n/lang";

export interface NotFoundLabels {
  title: string;
  body: string;
  toInbox: string;
}

const labels: Record<Lang, NotFoundLabels> = {
  en: {
    title: "Not found",
    body: "This mailbox or message does not exist (any more).",
    toInbox: "Go to the Inbox",
  },
  ja: {
    title: "見つかりません",
    body: "このフォルダーまたはメールは存在しません（削除された可能性があります）。",
    toInbox: "受信トレイへ移動",
  },
};

export function notFoundLabels(lang: Lang): NotFoundLabels {
  return labels[lang];
}
