// The words of the not-found page, in the UI language. Client-safe.
import type { Lang } from "@/lib/i18n/lang";

export interface NotFoundLabels {
  title: string;
  body: string;
  toInbox: string;
  /** In the message pane, beside the list: the message of the address is not there. */
  messageBody: string;
  toList: string;
}

const labels: Record<Lang, NotFoundLabels> = {
  en: {
    title: "Not found",
    body: "This mailbox or message does not exist (any more).",
    toInbox: "Go to the Inbox",
    messageBody:
      "This message is not in this folder (any more): it may have been moved or deleted.",
    toList: "Back to the list",
  },
  ja: {
    title: "見つかりません",
    body: "このフォルダーまたはメールは存在しません（削除された可能性があります）。",
    toInbox: "受信トレイへ移動",
    messageBody: "このメールはこのフォルダーにありません。移動または削除された可能性があります。",
    toList: "一覧に戻る",
  },
};

export function notFoundLabels(lang: Lang): NotFoundLabels {
  return labels[lang];
}
