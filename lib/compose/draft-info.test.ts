import { describe, expect, it } from "vitest";
import { formatDraftInfo, parseDraftInfo } from "@/lib/compose/draft-info";

describe("draft info", () => {
  it("round-trips the source, charset and typed fields as ASCII", () => {
    const info = {
      source: { mode: "reply" as const, mailbox: "プロジェクト/議事録", uid: 42 },
      charset: "iso-2022-jp" as const,
      fields: { to: '"Doe, Jo" <jo@example.test>, bob@', cc: "", bcc: "x y" },
    };
    const value = formatDraftInfo(info);
    expect(value).toMatch(/^[\x21-\x7e]+$/);
    expect(parseDraftInfo(value)).toEqual(info);
  });

  it("survives folding whitespace and ignores junk", () => {
    const value = formatDraftInfo({ source: null, charset: "utf-8", fields: null });
    expect(parseDraftInfo(`${value.slice(0, 5)} \t${value.slice(5)}`)).toEqual({
      source: null,
      charset: "utf-8",
      fields: null,
    });
    expect(parseDraftInfo("mode=evil&mailbox=INBOX&uid=-1").source).toBeNull();
    expect(parseDraftInfo(undefined)).toEqual({ source: null, charset: "utf-8", fields: null });
  });
});
