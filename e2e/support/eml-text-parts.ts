// A deliberately small MIME reader for tests: the text parts of a raw .eml, transfer-decoded
// and charset-decoded, forgiving like a mail client (missing end boundaries, bad base64).
// The app reads parts through IMAP (BODYSTRUCTURE + BINARY); this is only a second opinion.

export interface EmlTextPart {
  /** "text/html", "text/plain", … lower case */
  type: string;
  charset: string;
  text: string;
}

const maxDepth = 64;

function splitHead(raw: string): { head: string; body: string } {
  const match = /\r?\n\r?\n/.exec(raw);
  if (!match) return { head: raw, body: "" };
  return { head: raw.slice(0, match.index), body: raw.slice(match.index + match[0].length) };
}

function header(head: string, name: string): string {
  const unfolded = head.replace(/\r?\n[ \t]+/g, " ");
  const line = unfolded.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name}:`));
  return line ? line.slice(name.length + 1).trim() : "";
}

function parameter(value: string, name: string): string {
  const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]*))`, "i").exec(value);
  return match?.[1] ?? match?.[2] ?? "";
}

/** UTF-7 (RFC 2152): "+" base64 of UTF-16BE "-". */
function decodeUtf7(bytes: Buffer): string {
  return bytes.toString("latin1").replace(/\+([A-Za-z0-9+/]*)-?/g, (_, b64: string) => {
    if (!b64) return "+";
    const units = Buffer.from(b64, "base64");
    let text = "";
    for (let i = 0; i + 1 < units.length; i += 2)
      text += String.fromCharCode(units.readUInt16BE(i));
    return text;
  });
}

function decodeCharset(bytes: Buffer, charset: string): string {
  if (/^utf-?7$/i.test(charset)) return decodeUtf7(bytes);
  try {
    return new TextDecoder(charset || "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

function decodeTransfer(body: string, encoding: string): Buffer {
  switch (encoding.toLowerCase()) {
    case "base64":
      return Buffer.from(body.replace(/[^A-Za-z0-9+/]/g, ""), "base64");
    case "quoted-printable":
      return Buffer.from(
        body
          .replace(/=\r?\n/g, "")
          .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) =>
            String.fromCharCode(parseInt(hex, 16)),
          ),
        "latin1",
      );
    default:
      return Buffer.from(body, "latin1");
  }
}

function collect(raw: string, depth: number, parts: EmlTextPart[]): void {
  const { head, body } = splitHead(raw);
  const contentType = header(head, "content-type") || "text/plain";
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  if (type.startsWith("multipart/") && depth < maxDepth) {
    const boundary = parameter(contentType, "boundary");
    if (!boundary) return;
    const chunks = body.split(
      new RegExp(
        `\\r?\\n?--${boundary.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:--)?[ \\t]*\\r?\\n?`,
      ),
    );
    // The preamble (before the first delimiter) is not a part; a missing end is forgiven.
    for (const chunk of chunks.slice(1)) if (chunk.trim()) collect(chunk, depth + 1, parts);
    return;
  }
  if (!type.startsWith("text/")) return;
  const bytes = decodeTransfer(body, header(head, "content-transfer-encoding"));
  const charset = parameter(contentType, "charset").toLowerCase();
  parts.push({ type, charset, text: decodeCharset(bytes, charset) });
}

/** The text/* leaves of a raw message, in order (bytes are read as latin1, then decoded). */
export function emlTextParts(raw: Buffer): EmlTextPart[] {
  const parts: EmlTextPart[] = [];
  collect(raw.toString("latin1"), 0, parts);
  return parts;
}
