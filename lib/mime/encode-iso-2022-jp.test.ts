import Encoding from "encoding-japanese";
import { describe, expect, it } from "vitest";
import {
  encodeIso2022JpWords,
  fitsIso2022Jp,
  iso2022JpBody,
  toIso2022Jp,
} from "@/lib/mime/encode-iso-2022-jp";

const decodeJis = (bytes: Buffer) =>
  Encoding.convert(Array.from(bytes), { to: "UNICODE", from: "JIS", type: "string" });

function decodeWords(value: string): string {
  return value
    .split(" ")
    .map((word) => {
      const match = /^=\?ISO-2022-JP\?B\?([^?]*)\?=$/.exec(word);
      return match ? decodeJis(Buffer.from(match[1] ?? "", "base64")) : word;
    })
    .join("");
}

describe("ISO-2022-JP", () => {
  it("encodes to 7-bit bytes that decode back", () => {
    const bytes = toIso2022Jp("会議の件 ABC");
    expect(bytes).not.toBeNull();
    expect([...(bytes ?? [])].every((b) => b < 0x80)).toBe(true);
    expect(decodeJis(bytes ?? Buffer.alloc(0))).toBe("会議の件 ABC");
  });

  it("knows what it cannot encode", () => {
    expect(fitsIso2022Jp("日本語", "abc")).toBe(true);
    expect(fitsIso2022Jp("日本語", "絵文字 😀")).toBe(false);
  });

  it("writes header text as short encoded words, each a whole JIS string", () => {
    const subject = "来週の定例会議の議題と資料の確認についてのお願い（第三四半期）";
    const encoded = encodeIso2022JpWords(subject);
    for (const word of encoded.split(" ")) {
      expect(word.length).toBeLessThanOrEqual(75);
      expect(word).toMatch(/^=\?ISO-2022-JP\?B\?[A-Za-z0-9+/=]+\?=$/);
    }
    expect(decodeWords(encoded)).toBe(subject);
    expect(encodeIso2022JpWords("plain")).toBe("plain");
  });

  it("breaks only lines longer than 998 octets", () => {
    const long = "あ".repeat(700);
    const body = iso2022JpBody(`短い行\n${long}\n`);
    const lines = body.toString("latin1").split("\r\n");
    expect(lines.every((line) => line.length <= 998)).toBe(true);
    expect(lines.length).toBe(4);
    expect(decodeJis(body).replace(/\r\n/g, "\n")).toBe(
      `短い行\n${"あ".repeat(350)}\n${"あ".repeat(350)}\n`,
    );
  });
});
