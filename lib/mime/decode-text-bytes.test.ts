import Encoding from "encoding-japanese";
import { describe, expect, it } from "vitest";
import { decodeTextBytes } from "@/lib/mime/decode-text-bytes";
import { decodeTransferEncoding } from "@/lib/mime/decode-transfer-encoding";

const encode = (text: string, to: "JIS" | "SJIS" | "EUCJP") =>
  Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to, from: "UNICODE" }));

describe("decodeTextBytes", () => {
  it("decodes a labelled charset", () => {
    expect(decodeTextBytes(encode("請求書", "SJIS"), "Shift_JIS")).toBe("請求書");
    expect(decodeTextBytes(encode("請求書", "EUCJP"), "EUC-JP")).toBe("請求書");
    expect(decodeTextBytes(encode("請求書", "JIS"), "ISO-2022-JP")).toBe("請求書");
  });

  it("finds ISO-2022-JP without a label or under a wrong one", () => {
    expect(decodeTextBytes(encode("請求書です", "JIS"), null)).toBe("請求書です");
    expect(decodeTextBytes(encode("請求書です", "JIS"), "us-ascii")).toBe("請求書です");
    expect(decodeTextBytes(encode("請求書です", "JIS"), "utf-8")).toBe("請求書です");
  });

  it("sniffs UTF-8 and Shift_JIS in unlabelled 8-bit text", () => {
    expect(decodeTextBytes(new TextEncoder().encode("請求書"), null)).toBe("請求書");
    expect(decodeTextBytes(encode("請求書のお知らせです", "SJIS"), null)).toBe(
      "請求書のお知らせです",
    );
  });

  it("falls back to sniffing for an unknown label", () => {
    expect(decodeTextBytes(new TextEncoder().encode("請求書"), "x-unknown")).toBe("請求書");
  });
});

describe("decodeTransferEncoding", () => {
  it("undoes base64 and quoted-printable, and passes others", () => {
    expect(decodeTransferEncoding(Buffer.from("5pys5paH\r\n"), "BASE64").toString()).toBe("本文");
    expect(
      decodeTransferEncoding(
        Buffer.from("=E6=9C=AC=\r\n=E6=96=87 x"),
        "quoted-printable",
      ).toString(),
    ).toBe("本文 x");
    expect(decodeTransferEncoding(Buffer.from("abc"), "8bit").toString()).toBe("abc");
  });
});
