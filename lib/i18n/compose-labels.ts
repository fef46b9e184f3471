// The words prepareCompose writes into a reply or forward (the attribution line, the forwarded
// header block), in the UI language. English is prepareCompose's own default.
import type { ComposeLabels } from "@/lib/compose/prepare-compose";
import type { Lang } from "@/lib/i18n/lang";

const japaneseDate = new Intl.DateTimeFormat("ja-JP", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

const ja: ComposeLabels = {
  attribution: (date, author) => {
    const parsed = new Date(date);
    const when = Number.isNaN(parsed.getTime()) ? date : `${japaneseDate.format(parsed)} UTC`;
    return `${when}、${author} さんは書きました:`;
  },
  forwarded: {
    heading: "---------- 転送メッセージ ----------",
    from: "差出人",
    date: "日付",
    subject: "件名",
    to: "宛先",
    cc: "Cc",
  },
};

export function composeLabels(lang: Lang): ComposeLabels {
  return lang === "ja" ? ja : {};
}
