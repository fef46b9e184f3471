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
  },
};

export function settingsLabels(lang: Lang): SettingsLabels {
  return labels[lang];
}
