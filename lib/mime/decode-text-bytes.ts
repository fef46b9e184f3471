// Bytes of a text whose charset may be missing or wrong, as Unicode. Japanese mail is where
// this matters: ISO-2022-JP sent without a charset parameter, or raw Shift_JIS / ISO-2022-JP
// in a header that should have been RFC 2047 encoded (RFC 6532 allows raw UTF-8 only).
// Client-safe: TextDecoder (WHATWG Encoding) and encoding-japanese.
import Encoding from "encoding-japanese";

const escape = 0x1b;

function isAscii(bytes: Uint8Array): boolean {
  return bytes.every((byte) => byte < 0x80);
}

function decodeWith(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** When the label is absent or plain ASCII: ISO-2022-JP escapes, valid UTF-8, or a guess. */
function sniff(bytes: Uint8Array): string {
  if (isAscii(bytes)) {
    // ESC $ B / ESC $ @ (RFC 1468) in 7-bit text: ISO-2022-JP without a label.
    if (bytes.includes(escape)) return decodeWith("iso-2022-jp", bytes) ?? "";
    return new TextDecoder().decode(bytes);
  }
  const utf8 = decodeWith("utf-8", bytes);
  if (utf8 !== null) return utf8;
  const detected = Encoding.detect(bytes);
  const label =
    detected === "SJIS" ? "shift_jis" : detected === "EUCJP" ? "euc-jp" : "windows-1252";
  return new TextDecoder(label).decode(bytes);
}

/**
 * Decodes `bytes` in `charset` (a MIME charset name) and falls back to sniffing when the name
 * is absent, us-ascii, unknown to WHATWG Encoding, or does not fit the bytes.
 */
export function decodeTextBytes(bytes: Uint8Array, charset: string | null): string {
  const label = charset?.trim().toLowerCase() ?? "";
  // 7-bit text with ISO-2022-JP escapes is JIS whatever the label says (a common mislabel).
  const looksJis = isAscii(bytes) && bytes.includes(escape);
  if (
    label &&
    label !== "us-ascii" &&
    label !== "ascii" &&
    (!looksJis || label === "iso-2022-jp")
  ) {
    const decoded = decodeWith(label, bytes);
    if (decoded !== null) return decoded;
  }
  return sniff(bytes);
}
