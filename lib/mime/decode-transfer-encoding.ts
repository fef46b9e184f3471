// Undoes a Content-Transfer-Encoding (RFC 2045 §6) on the raw bytes of one part.

/** quoted-printable (RFC 2045 §6.7): `=XX` escapes and soft line breaks. */
function decodeQuotedPrintable(raw: Buffer): Buffer {
  const text = raw.toString("latin1").replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(text.charCodeAt(i) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/** The part's content bytes; unknown encodings (7bit, 8bit, binary, x-…) pass unchanged. */
export function decodeTransferEncoding(raw: Buffer, encoding: string | null | undefined): Buffer {
  switch ((encoding ?? "").toLowerCase()) {
    case "base64":
      // A prefix cut at any byte still decodes: Node ignores whitespace and a partial quantum.
      return Buffer.from(raw.toString("latin1"), "base64");
    case "quoted-printable":
      return decodeQuotedPrintable(raw);
    default:
      return raw;
  }
}
