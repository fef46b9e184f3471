"use client";

import { useBrowserTimeZone } from "@/components/ui/use-browser-time-zone";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { formatFullDate, formatMessageDate } from "@/lib/mail/format-message-date";

/** A message's date in the list: time today, day and month this year, the full date before. */
export function MessageDate({ iso, now, lang }: { iso: string; now: string; lang: Lang }) {
  const timeZone = useBrowserTimeZone();
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const locale = t(lang).locale;
  const reference = new Date(now);

  return (
    <time
      dateTime={iso}
      title={formatFullDate(date, locale, timeZone)}
      suppressHydrationWarning
      className="tabular-nums"
    >
      {formatMessageDate(
        date,
        Number.isNaN(reference.getTime()) ? date : reference,
        locale,
        timeZone,
      )}
    </time>
  );
}
