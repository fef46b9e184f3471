// The words of the offline action queue and the Outbox, in the UI language. Client-safe.
import type { Lang } from "@/lib/i18n/lang";

export interface OutboxLabels {
  /** An action taken offline, kept for later (role="status"). */
  willBeDone: string;
  /** Send pressed offline: the composer's status, then the mail screen's. */
  savedToOutbox: string;
  /** The folder-like entry in Folders and the list's accessible name. */
  outbox: string;
  /** After the name of the entry in Folders, for screen readers: "3 waiting". */
  waitingCount: (count: number) => string;
  close: string;
  remove: string;
  to: string;
  waiting: string;
  failed: (reason: string) => string;
  editDraft: string;
  /** A queued move or delete whose message went elsewhere meanwhile. */
  droppedGone: string;
  droppedRefused: string;
  sentFromOutbox: (subject: string) => string;
  notSent: (subject: string) => string;
}

const labels: Record<Lang, OutboxLabels> = {
  en: {
    willBeDone: "Will be done when back online",
    savedToOutbox: "Saved to Outbox; it will be sent when you are back online",
    outbox: "Outbox",
    waitingCount: (count) => `${count} waiting`,
    close: "Close",
    remove: "Remove from Outbox",
    to: "To",
    waiting: "Waiting to be sent",
    failed: (reason) => `Not sent: ${reason}`,
    editDraft: "Edit in Drafts",
    droppedGone:
      "A change made offline was not needed: the message is no longer where it was. The list shows the server's state.",
    droppedRefused:
      "A change made offline could not be made on the server. The list shows the server's state.",
    sentFromOutbox: (subject) => `Sent from the Outbox: ${subject}`,
    notSent: (subject) => `Could not send "${subject}"; it stays in the Outbox`,
  },
  ja: {
    willBeDone: "オンラインに戻ったときに実行します",
    savedToOutbox: "送信トレイに保存しました。オンラインに戻ったときに送信します",
    outbox: "送信トレイ",
    waitingCount: (count) => `${count} 件待機中`,
    close: "閉じる",
    remove: "送信トレイから削除",
    to: "宛先",
    waiting: "送信待ち",
    failed: (reason) => `未送信: ${reason}`,
    editDraft: "下書きで編集",
    droppedGone:
      "オフライン中の操作は不要になりました。メッセージは元の場所にありません。一覧はサーバーの状態を表示しています。",
    droppedRefused:
      "オフライン中の操作をサーバーで実行できませんでした。一覧はサーバーの状態を表示しています。",
    sentFromOutbox: (subject) => `送信トレイから送信しました: ${subject}`,
    notSent: (subject) => `「${subject}」を送信できませんでした。送信トレイに残っています`,
  },
};

export function outboxLabels(lang: Lang): OutboxLabels {
  return labels[lang];
}
