"use client";

import { useBrowserTimeZone } from "@/components/ui/use-browser-time-zone";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { formatFullDate } from "@/lib/mail/format-message-date";

/** The open message's full date: UTC from the server, the reader's zone once hydrated. */
export function MessageFullDate({ iso, lang }: { iso: string; lang: Lang }) {
  const timeZone = useBrowserTimeZone();
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;

  return (
    <time dateTime={iso} suppressHydrationWarning className="tabular-nums">
      {formatFullDate(date, t(lang).locale, timeZone)}
    </time>
  );
}
