import { describe, expect, it } from "vitest";
import { contentDisposition } from "@/lib/mail/content-disposition";

/** What a browser does with filename* (RFC 8187): percent-decode as UTF-8. */
function decodeExtended(header: string): string | null {
  const match = /filename\*=UTF-8''([^;\s]*)/.exec(header);
  return match?.[1] === undefined ? null : decodeURIComponent(match[1]);
}

describe("contentDisposition", () => {
  it("names an ASCII file in both forms", () => {
    expect(contentDisposition("attachment", "report.pdf")).toBe(
      `attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`,
    );
  });

  it("supports inline", () => {
    expect(contentDisposition("inline", "logo.png")).toMatch(/^inline; filename="logo\.png"; /);
  });

  it("round-trips a Japanese name through filename* and gives old clients underscores", () => {
    const header = contentDisposition("attachment", "請求書 2024.pdf");
    expect(header).toContain(`filename="___ 2024.pdf"`);
    expect(decodeExtended(header)).toBe("請求書 2024.pdf");
  });

  it("replaces one emoji with one underscore in the fallback", () => {
    const header = contentDisposition("attachment", "party🎉.jpg");
    expect(header).toContain(`filename="party_.jpg"`);
    expect(decodeExtended(header)).toBe("party🎉.jpg");
  });

  it("escapes quotes and backslashes in the quoted fallback", () => {
    const header = contentDisposition("attachment", 'say "hi" \\ bye.txt');
    expect(header).toContain(`filename="say \\"hi\\" \\\\ bye.txt"`);
    expect(decodeExtended(header)).toBe('say "hi" \\ bye.txt');
  });

  it("percent-encodes characters outside RFC 8187 attr-char", () => {
    const header = contentDisposition("attachment", "it's (draft) *v2*; x=1,2.txt");
    const extended = /filename\*=UTF-8''(\S*)$/.exec(header)?.[1] ?? "";
    expect(extended).toMatch(/^[A-Za-z0-9!#$&+.^_`|~%-]+$/);
    expect(decodeExtended(header)).toBe("it's (draft) *v2*; x=1,2.txt");
  });

  it("is a pure ASCII header value that cannot be split by CR/LF", () => {
    const header = contentDisposition("attachment", "evil\r\nSet-Cookie: a=b.txt");
    expect(header).toMatch(/^[\x20-\x7e]+$/);
    expect(header).not.toMatch(/[\r\n]/);
  });

  it("survives an unpaired surrogate", () => {
    expect(() => contentDisposition("attachment", "bad\ud800.txt")).not.toThrow();
    expect(decodeExtended(contentDisposition("attachment", "bad\ud800.txt"))).toBe("bad\ufffd.txt");
  });

  it("is the bare disposition when there is no name", () => {
    expect(contentDisposition("attachment", "")).toBe("attachment");
  });
});
