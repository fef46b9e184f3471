// The words of offline reading (the indicator and what is not kept), in the UI language. Client-safe.
import type { Lang } from "@/lib/i18n/lang";

export interface OfflineLabels {
  /** Announced in role="status" while the mail shown comes from the device store: "Offline — …". */
  offline: string;
  /** The rest of the notice, shown where the header has room (always read out). */
  savedMail: string;
  messageMissing: string;
  messageMissingHint: string;
  pageMissing: string;
  nothingSaved: string;
  nothingSavedHint: string;
  composeMissing: string;
  backToInbox: string;
}

const labels: Record<Lang, OfflineLabels> = {
  en: {
    offline: "Offline",
    savedMail: "showing mail saved on this device",
    messageMissing: "This message is not available offline",
    messageMissingHint:
      "Messages you open while online are kept on this device for reading offline.",
    pageMissing: "This page of the mailbox is not available offline",
    nothingSaved: "No mail is saved on this device",
    nothingSavedHint:
      "Sign in while online: the mail you read is then kept here for reading offline.",
    composeMissing: "Only a new message can be written offline",
    backToInbox: "Back to the Inbox",
  },
  ja: {
    offline: "オフライン",
    savedMail: "この端末に保存したメールを表示しています",
    messageMissing: "このメッセージはオフラインでは表示できません",
    messageMissingHint:
      "オンラインで開いたメッセージは、オフラインで読めるようにこの端末に保存されます。",
    pageMissing: "このメールボックスのこのページはオフラインでは表示できません",
    nothingSaved: "この端末に保存されたメールはありません",
    nothingSavedHint:
      "オンラインでサインインすると、読んだメールがオフライン用にここに保存されます。",
    composeMissing: "オフラインでは新しいメッセージだけを作成できます",
    backToInbox: "受信トレイに戻る",
  },
};

export function offlineLabels(lang: Lang): OfflineLabels {
  return labels[lang];
}
