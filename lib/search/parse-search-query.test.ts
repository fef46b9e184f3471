import { describe, expect, it } from "vitest";
import {
  isEmptySearchQuery,
  parseSearchDate,
  parseSearchQuery,
} from "@/lib/search/parse-search-query";
import { MailError } from "@/lib/mail/mail-error";

const text = (value: string, negated = false) => ({ field: "text", value, negated });

describe("parseSearchQuery", () => {
  it("reads operators and plain words", () => {
    const query = parseSearchQuery("from:bob 請求書 to:carol@example.test subject:report");
    expect(query.terms).toEqual([
      { field: "from", value: "bob", negated: false },
      text("請求書"),
      { field: "to", value: "carol@example.test", negated: false },
      { field: "subject", value: "report", negated: false },
    ]);
  });

  it("keeps quoted phrases whole, also after an operator", () => {
    const query = parseSearchQuery('"quarterly report" subject:"月次 報告"');
    expect(query.terms).toEqual([
      text("quarterly report"),
      { field: "subject", value: "月次 報告", negated: false },
    ]);
  });

  it("treats a run of Japanese as one term and splits it from Latin letters", () => {
    expect(parseSearchQuery("会議の議事録").terms).toEqual([text("会議の議事録")]);
    expect(parseSearchQuery("請求書PDF 2026年").terms).toEqual([
      text("請求書"),
      text("PDF"),
      text("2026"),
      text("年"),
    ]);
  });

  it("reads full-width input from an IME as ASCII, and the ideographic space as a space", () => {
    const query = parseSearchQuery("ｆｒｏｍ：ｂｏｂ\u3000請求書");
    expect(query.terms).toEqual([{ field: "from", value: "bob", negated: false }, text("請求書")]);
  });

  it("reads flags, attachments and their negations", () => {
    expect(parseSearchQuery("is:unread is:flagged has:attachment")).toMatchObject({
      unread: true,
      flagged: true,
      hasAttachment: true,
    });
    expect(parseSearchQuery("is:read -is:flagged -has:attachment")).toMatchObject({
      unread: false,
      flagged: false,
      hasAttachment: false,
    });
  });

  it("negates words and header terms with a minus", () => {
    expect(parseSearchQuery("-spam -from:noreply e-mail").terms).toEqual([
      text("spam", true),
      { field: "from", value: "noreply", negated: true },
      text("e-mail"),
    ]);
  });

  it("reads dates in both spellings and refuses impossible ones", () => {
    expect(parseSearchQuery("before:2026-12-01 after:2026/11/1")).toMatchObject({
      before: "2026-12-01",
      after: "2026-11-01",
    });
    expect(parseSearchDate("2026-02-30")).toBeNull();
    expect(() => parseSearchQuery("before:yesterday")).toThrow(MailError);
  });

  it("refuses unknown is:/has: values with a clear typed error", () => {
    for (const input of ["is:important", "has:drive"]) {
      try {
        parseSearchQuery(input);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(MailError);
        expect((error as MailError).code).toBe("INVALID_INPUT");
      }
    }
  });

  it("searches an unknown key:value and a URL as text", () => {
    expect(parseSearchQuery("label:work https://example.test/x").terms).toEqual([
      text("label:work"),
      text("https://example.test/x"),
    ]);
  });

  it("ignores an operator still waiting for its value", () => {
    expect(parseSearchQuery("請求書 from:").terms).toEqual([text("請求書")]);
    expect(isEmptySearchQuery(parseSearchQuery("subject:"))).toBe(true);
  });

  it("knows an empty query", () => {
    expect(isEmptySearchQuery(parseSearchQuery("   "))).toBe(true);
    expect(isEmptySearchQuery(parseSearchQuery("is:unread"))).toBe(false);
    expect(() => parseSearchQuery("x".repeat(501))).toThrow(MailError);
  });
});
