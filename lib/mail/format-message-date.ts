// Message dates as people read them, in the reader's locale and time zone.
// Client-safe: Intl only, so the list can re-render in the browser's zone.

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A cached formatter. A malformed locale (from Accept-Language) falls back to "en", an unknown
 * time zone to UTC, so a bad setting shows a date instead of throwing a RangeError.
 */
function formatter(
  locale: string,
  options: Intl.DateTimeFormatOptions,
  timeZone?: string,
): Intl.DateTimeFormat {
  const key = JSON.stringify([locale, timeZone ?? null, options]);
  let cached = formatters.get(key);
  if (!cached) {
    cached = create(locale, { ...options, timeZone });
    formatters.set(key, cached);
  }
  return cached;
}

function create(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, options);
  } catch {
    try {
      return new Intl.DateTimeFormat("en", options);
    } catch {
      return new Intl.DateTimeFormat("en", { ...options, timeZone: "UTC" });
    }
  }
}

const calendarDay = { year: "numeric", month: "2-digit", day: "2-digit" } as const;

/** "2024-11-03" as seen in `timeZone`, built from parts so no locale's pattern matters. */
function dayKey(date: Date, timeZone?: string): string {
  const parts = formatter("en-US", calendarDay, timeZone).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

const isValid = (date: Date) => !Number.isNaN(date.getTime());

/**
 * The message-list date: the time for today ("14:05", "2:05 PM"), day and month earlier this
 * year ("Nov 3", "11月3日"), the full date before that ("3 Nov 2024", "2024/11/03").
 */
export function formatMessageDate(
  date: Date,
  now: Date,
  locale: string,
  timeZone?: string,
): string {
  if (!isValid(date)) return "";
  const reference = isValid(now) ? now : date;
  const day = dayKey(date, timeZone);
  const today = dayKey(reference, timeZone);
  if (day === today) return formatter(locale, { timeStyle: "short" }, timeZone).format(date);
  if (day.split("-")[0] === today.split("-")[0]) {
    return formatter(locale, { month: "short", day: "numeric" }, timeZone).format(date);
  }
  return formatter(locale, { dateStyle: "medium" }, timeZone).format(date);
}

/** The message header date: weekday, date and time ("Sunday, November 3, 2024 at 2:05 PM"). */
export function formatFullDate(date: Date, locale: string, timeZone?: string): string {
  if (!isValid(date)) return "";
  return formatter(locale, { dateStyle: "full", timeStyle: "short" }, timeZone).format(date);
}
