// The words of the conversation view and its setting, in the UI language. Client-safe.
import type { Lang } from "@/lib/i18n/lang";

export interface ConversationLabels {
  /** The user among a conversation's participants. */
  me: string;
  /** After the count on a row, for screen readers: "6 messages". */
  messages: (count: number) => string;
  /** The region holding an opened conversation's messages. */
  region: (subject: string) => string;
  /** Older messages of a very long conversation, not shown in the stack. */
  olderNotShown: (count: number) => string;
  /** The setting's switch (its accessible name) and what it says about itself. */
  setting: string;
  settingHint: string;
}

const labels: Record<Lang, ConversationLabels> = {
  en: {
    me: "me",
    messages: (count) => `${count} messages`,
    region: (subject) => `Conversation: ${subject}`,
    olderNotShown: (count) =>
      `${count} older ${count === 1 ? "message is" : "messages are"} not shown here`,
    setting: "Conversation view",
    settingHint:
      "Group a message with its replies, including yours from Sent, into one row of the list.",
  },
  ja: {
    me: "自分",
    messages: (count) => `${count} 件のメッセージ`,
    region: (subject) => `スレッド: ${subject}`,
    olderNotShown: (count) => `これより古い ${count} 件のメッセージはここに表示されません`,
    setting: "スレッド表示",
    settingHint: "メッセージとその返信（送信済みの自分の返信を含む）を一覧の 1 行にまとめます。",
  },
};

export function conversationLabels(lang: Lang): ConversationLabels {
  return labels[lang];
}
