import type { Lang } from "@/lib/i18n/lang";

const units = ["KB", "MB", "GB", "TB"] as const;

/** A human size for attachments and messages: "512 B", "12 KB", "1.4 MB" (1 KB = 1024 bytes). */
export function formatSize(bytes: number, lang: Lang): string {
  const locale = lang === "ja" ? "ja-JP" : "en-US";
  const whole = Number.isFinite(bytes) && bytes > 0 ? Math.round(bytes) : 0;
  if (whole < 1024) {
    return lang === "ja"
      ? `${whole.toLocaleString(locale)} バイト`
      : `${whole.toLocaleString(locale)} B`;
  }
  let value = whole / 1024;
  let unit = 0;
  // Step up while the rounded value would read 1024 or more ("1,024 KB" is "1 MB").
  while (unit < units.length - 1 && Math.round(value * 10) / 10 >= 1024) {
    value /= 1024;
    unit += 1;
  }
  const digits = value < 9.95 ? 1 : 0;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  return `${number} ${units[unit]}`;
}
