// The words of the settings page and its header link, in the UI language. Client-safe.
import type { Lang } from "@/lib/i18n/lang";

export interface SettingsLabels {
  /** The header link's accessible name and the page's heading and title ("Settings"). */
  heading: string;
  backToMail: string;
  language: {
    /** The section's heading and its radio group's name ("Language"). */
    heading: string;
    description: string;
    /** Follow Accept-Language: no choice remembered. */
    browser: string;
    /** Label of the language the browser asks for, shown (name after it) under that option. */
    browserNow: string;
    /** Without JavaScript the choice needs a button. */
    save: string;
  };
  /** The section of how the message list is shown (the conversation view switch). */
  list: { heading: string };
  /** The link to /settings/mailboxes. */
  mailboxes: { heading: string; description: string; manage: string };
}

const labels: Record<Lang, SettingsLabels> = {
  en: {
    heading: "Settings",
    backToMail: "Back to mail",
    language: {
      heading: "Language",
      description: "The language of Tegami’s menus, buttons and messages in this browser.",
      browser: "Use the browser’s language",
      browserNow: "Your browser’s language:",
      save: "Save",
    },
    list: { heading: "Message list" },
    mailboxes: {
      heading: "Folders",
      description: "Create, rename, move and delete folders, and choose which ones show.",
      manage: "Manage folders",
    },
  },
  ja: {
    heading: "設定",
    backToMail: "メールに戻る",
    language: {
      heading: "言語",
      description: "このブラウザーで Tegami のメニュー、ボタン、メッセージに使う言語です。",
      browser: "ブラウザーの言語に合わせる",
      browserNow: "このブラウザーの言語:",
      save: "保存",
    },
    list: { heading: "メール一覧" },
    mailboxes: {
      heading: "フォルダー",
      description:
        "フォルダーの作成、名前の変更、移動、削除と、表示するフォルダーの選択ができます。",
      manage: "フォルダーを管理",
    },
  },
};

export function settingsLabels(lang: Lang): SettingsLabels {
  return labels[lang];
}
