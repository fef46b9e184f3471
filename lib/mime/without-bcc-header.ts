// The copy of a message that goes out over SMTP carries no Bcc header (RFC 5322 §3.6.3: "the
// Bcc line is removed"); the Bcc recipients get it through the envelope alone.

/** The message without its Bcc header field (and its folded continuation lines). */
export function withoutBccHeader(raw: Buffer): Buffer {
  const end = raw.indexOf("\r\n\r\n");
  const headerEnd = end === -1 ? raw.length : end + 2;
  // Headers are 7-bit ASCII here (encoded words), so latin1 maps byte for byte.
  const lines = raw
    .subarray(0, headerEnd)
    .toString("latin1")
    .split(/(?<=\r\n)/);
  const kept: string[] = [];
  let inBcc = false;
  for (const line of lines) {
    const continuation = line.startsWith(" ") || line.startsWith("\t");
    if (!continuation) inBcc = /^bcc\s*:/i.test(line);
    if (!inBcc) kept.push(line);
  }
  return Buffer.concat([Buffer.from(kept.join(""), "latin1"), raw.subarray(headerEnd)]);
}
