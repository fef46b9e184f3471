import { describe, expect, it } from "vitest";
import { formatFullDate, formatMessageDate } from "@/lib/mail/format-message-date";

// ICU separates time and day period with U+202F in some versions; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");

const now = new Date("2025-06-15T10:00:00Z");

describe("formatMessageDate", () => {
  it("shows only the time for a message from today", () => {
    const date = new Date("2025-06-15T05:05:00Z");
    expect(formatMessageDate(date, now, "en-GB", "UTC")).toBe("05:05");
    expect(plain(formatMessageDate(date, now, "en-US", "UTC"))).toBe("5:05 AM");
    expect(formatMessageDate(date, now, "ja-JP", "Asia/Tokyo")).toBe("14:05");
  });

  it("shows day and month for an earlier day this year", () => {
    const date = new Date("2025-03-03T12:00:00Z");
    expect(formatMessageDate(date, now, "en-US", "UTC")).toBe("Mar 3");
    expect(formatMessageDate(date, now, "en-GB", "UTC")).toBe("3 Mar");
    expect(formatMessageDate(date, now, "ja-JP", "UTC")).toBe("3月3日");
  });

  it("shows the full date for an earlier year", () => {
    const date = new Date("2024-11-03T12:00:00Z");
    expect(formatMessageDate(date, now, "en-GB", "UTC")).toBe("3 Nov 2024");
    expect(formatMessageDate(date, now, "en-US", "UTC")).toBe("Nov 3, 2024");
    expect(formatMessageDate(date, now, "ja-JP", "UTC")).toBe("2024/11/03");
  });

  it("decides 'today' in the reader's time zone, not the server's", () => {
    // 23:30 UTC on the 14th is already 08:30 on the 15th in Tokyo.
    const date = new Date("2025-06-14T23:30:00Z");
    expect(formatMessageDate(date, now, "ja-JP", "Asia/Tokyo")).toBe("8:30");
    expect(formatMessageDate(date, now, "en-GB", "UTC")).toBe("14 Jun");
  });

  it("decides 'this year' in the reader's time zone at New Year", () => {
    const newYear = new Date("2025-01-01T01:00:00Z");
    const lateDecember = new Date("2024-12-31T15:30:00Z"); // already 00:30 on Jan 1 in Tokyo
    expect(formatMessageDate(lateDecember, newYear, "en-GB", "UTC")).toBe("31 Dec 2024");
    expect(formatMessageDate(lateDecember, newYear, "ja-JP", "Asia/Tokyo")).toBe("0:30");
  });

  it("treats a message from yesterday as a day, not a time", () => {
    const date = new Date("2025-06-14T09:59:00Z");
    expect(formatMessageDate(date, now, "en-GB", "UTC")).toBe("14 Jun");
  });

  it("does not throw on a malformed locale or an unknown time zone", () => {
    const date = new Date("2025-03-03T12:00:00Z");
    expect(formatMessageDate(date, now, "en_US!!", "UTC")).toBe("Mar 3");
    expect(() => formatMessageDate(date, now, "en-GB", "Mars/Olympus_Mons")).not.toThrow();
    expect(formatMessageDate(date, now, "en-GB", "Mars/Olympus_Mons")).not.toBe("");
  });

  it("returns an empty string for an invalid date", () => {
    expect(formatMessageDate(new Date("garbage"), now, "en-GB", "UTC")).toBe("");
  });
});

describe("formatFullDate", () => {
  const date = new Date("2024-11-03T05:05:00Z");

  it("shows weekday, date and time for the message header", () => {
    expect(plain(formatFullDate(date, "en-US", "UTC"))).toBe("Sunday, November 3, 2024 at 5:05 AM");
    expect(formatFullDate(date, "ja-JP", "Asia/Tokyo")).toBe("2024年11月3日日曜日 14:05");
  });

  it("returns an empty string for an invalid date", () => {
    expect(formatFullDate(new Date(Number.NaN), "en-US")).toBe("");
  });
});
