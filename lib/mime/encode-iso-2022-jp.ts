// ISO-2022-JP (RFC 1468), the 7-bit Japanese charset older mail software still expects:
// bodies as 7bit, header text as RFC 2047 "B" encoded words. encoding-japanese does the
// conversion (iconv-lite has no ISO-2022-JP encoder).
import Encoding from "encoding-japanese";

/** The text's ISO-2022-JP bytes, or null when some character has no JIS X 0208 form (emoji, …). */
export function toIso2022Jp(text: string): Buffer | null {
  try {
    const codes = Encoding.convert(Encoding.stringToCode(text), {
      to: "JIS",
      from: "UNICODE",
      fallback: "error",
    });
    return Buffer.from(codes);
  } catch {
    return null;
  }
}

/** Whether every character of every text can be sent as ISO-2022-JP. */
export function fitsIso2022Jp(...texts: string[]): boolean {
  return texts.every((text) => toIso2022Jp(text) !== null);
}

// RFC 2047 §2: an encoded word is at most 75 characters; "=?ISO-2022-JP?B?" + "?=" take 18.
const maxEncodedText = 75 - 18;

/**
 * Header text as encoded words. Each word is a complete ISO-2022-JP string that returns to
 * ASCII at its end (RFC 1468), so the words are cut between characters, never inside one.
 */
export function encodeIso2022JpWords(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const words: string[] = [];
  let chunk = "";
  const encode = (value: string) => (toIso2022Jp(value) ?? Buffer.alloc(0)).toString("base64");
  for (const char of text) {
    if (chunk && encode(chunk + char).length > maxEncodedText) {
      words.push(chunk);
      chunk = "";
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((word) => `=?ISO-2022-JP?B?${encode(word)}?=`).join(" ");
}

// RFC 5322 §2.1.1: no line longer than 998 octets.
const maxLine = 998;

function encodeLine(line: string): Buffer[] {
  const bytes = toIso2022Jp(line) ?? Buffer.alloc(0);
  if (bytes.length <= maxLine) return [bytes];
  const chars = Array.from(line);
  const half = Math.ceil(chars.length / 2);
  return [...encodeLine(chars.slice(0, half).join("")), ...encodeLine(chars.slice(half).join(""))];
}

/** A body as ISO-2022-JP with CRLF line ends; only lines over 998 octets are broken. */
export function iso2022JpBody(text: string): Buffer {
  const lines = text.replace(/\r\n?/g, "\n").split("\n").flatMap(encodeLine);
  return Buffer.concat(lines.flatMap((line, i) => (i ? [Buffer.from("\r\n"), line] : [line])));
}
