// Builders of raw RFC 5322 messages (CRLF, 7-bit) for tests that need exact bytes on the server:
// append them with test-imap.ts `appendMessage`. Each builder returns a Buffer.
import { randomUUID } from "node:crypto";
import Encoding from "encoding-japanese";

export interface MailAddress {
  name?: string;
  address: string;
}
export type AddressInput = string | MailAddress;

export interface MessageHeaders {
  subject: string;
  from?: AddressInput;
  to?: AddressInput;
  date?: Date;
  messageId?: string;
}

type Charset = "UTF-8" | "ISO-2022-JP" | "Shift_JIS";

const CRLF = "\r\n";
const DEFAULT_TO: MailAddress = { name: "Alice", address: "alice@example.test" };
const DEFAULT_FROM: MailAddress = { name: "Tegami Tests", address: "tests@example.org" };
const DEFAULT_JP_FROM: MailAddress = { name: "山田 太郎", address: "taro.yamada@example.co.jp" };

/** An 8x8 PNG, for inline images. */
export const TINY_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAfElEQVR4nAXBoQEAEQAAQJMYQpZlWZY/y7Isy7Ihbqy/C2KWspK17MtmtrObg1ilqlSt+qpZ7erWIHapK13rvm52u7s9iEMaytCGb5jDHu4I4pKWsrTlW+ayl7uCeKSjHO34jnns454gPukpT3u+Zz77uS+IJAqNj8nm+gEzkWuBlzyN0AAAAABJRU5ErkJggg==",
  "base64",
);

// ------------------------------------------------------------------ charsets

const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

/**
 * Bytes of `text` in `charset`. ISO-2022-JP and Shift_JIS come from encoding-japanese
 * (iconv-lite cannot encode ISO-2022-JP); a character without a JIS form throws rather than
 * silently turning into "?".
 */
export function encodeText(text: string, charset: Charset): Buffer {
  if (charset === "UTF-8") return Buffer.from(text, "utf8");
  const to = charset === "ISO-2022-JP" ? "JIS" : "SJIS";
  const bytes = Encoding.convert(Encoding.stringToCode(text), { to, from: "UNICODE" });
  const back = Encoding.codeToString(Encoding.convert(bytes, { to: "UNICODE", from: to }));
  if (back !== text)
    throw new Error(`${JSON.stringify(text)} has characters without a ${charset} form`);
  return Buffer.from(bytes);
}

/**
 * RFC 2047 B-encoded words of at most 8 characters each, so every word stays under 75 chars
 * and each ISO-2022-JP word returns to ASCII by itself (RFC 1468). ASCII text is kept as is.
 */
export function encodedWords(text: string, charset: Charset = "UTF-8"): string {
  if (isAscii(text)) return text;
  const chars = [...text];
  const words: string[] = [];
  for (let i = 0; i < chars.length; i += 8) {
    const b64 = encodeText(chars.slice(i, i + 8).join(""), charset).toString("base64");
    words.push(`=?${charset}?B?${b64}?=`);
  }
  return words.join(CRLF + " ");
}

function formatAddress(input: AddressInput, charset: Charset): string {
  const a = typeof input === "string" ? { address: input } : input;
  if (!a.name) return a.address;
  const name = isAscii(a.name)
    ? `"${a.name.replace(/(["\\])/g, "\\$1")}"`
    : encodedWords(a.name, charset);
  return `${name} <${a.address}>`;
}

const base64Lines = (buf: Buffer) => (buf.toString("base64").match(/.{1,76}/g) ?? []).join(CRLF);
const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const crlf = (s: string) => s.replace(/\r?\n/g, CRLF);
const boundary = (tag: string) => `=_tegami_${tag}_${randomUUID().replace(/-/g, "")}`;

/** RFC 5322 date, e.g. "Sat, 28 Nov 2026 15:00:00 +0000". */
export const rfc5322Date = (d: Date) => d.toUTCString().replace(/GMT$/, "+0000");

/**
 * A MIME parameter: `name="value"` when plain ASCII, else RFC 2231 `name*=UTF-8''%..` split
 * into `name*0*=`, `name*1*=`... continuations of at most 50 chars (lines under 78).
 */
export function mimeParam(name: string, value: string): string {
  if (isAscii(value) && !/["\\]/.test(value) && value.length < 60) return `${name}="${value}"`;
  // percent-encode per character, so no continuation splits a UTF-8 sequence
  const pct = (ch: string) =>
    /^[A-Za-z0-9!#$&+\-.^_`|~]$/.test(ch)
      ? ch
      : [...Buffer.from(ch, "utf8")]
          .map((b) => "%" + b.toString(16).toUpperCase().padStart(2, "0"))
          .join("");
  const pieces: string[] = [];
  for (const ch of [...value].map(pct)) {
    const last = pieces[pieces.length - 1];
    if (last !== undefined && last.length + ch.length <= 50) pieces[pieces.length - 1] = last + ch;
    else pieces.push(ch);
  }
  if (pieces.length === 1) return `${name}*=UTF-8''${pieces[0]}`;
  return pieces
    .map((p, i) => `${name}*${i}*=${i === 0 ? "UTF-8''" : ""}${p}`)
    .join(";" + CRLF + " ");
}

// ------------------------------------------------------------------ assembly

interface Part {
  headers: string[];
  body: string;
}

function multipart(subtype: string, parts: Part[], extra = ""): Part {
  const b = boundary(subtype);
  const body =
    parts
      .map((p) => `--${b}${CRLF}${p.headers.join(CRLF)}${CRLF}${CRLF}${p.body}${CRLF}`)
      .join("") + `--${b}--${CRLF}`;
  return { headers: [`Content-Type: multipart/${subtype}; boundary="${b}"${extra}`], body };
}

const utf8Part = (subtype: "plain" | "html", text: string): Part => ({
  headers: [`Content-Type: text/${subtype}; charset=UTF-8`, "Content-Transfer-Encoding: base64"],
  body: base64Lines(Buffer.from(crlf(text), "utf8")),
});

function message(
  h: MessageHeaders,
  top: Part,
  charset: Charset = "UTF-8",
  defaultFrom = DEFAULT_FROM,
): Buffer {
  const headers = [
    `Message-ID: ${h.messageId ?? `<${randomUUID()}@tests.example.org>`}`,
    `Date: ${rfc5322Date(h.date ?? new Date())}`,
    `From: ${formatAddress(h.from ?? defaultFrom, charset)}`,
    `To: ${formatAddress(h.to ?? DEFAULT_TO, charset)}`,
    `Subject: ${encodedWords(h.subject, charset)}`,
    "MIME-Version: 1.0",
    ...top.headers,
  ];
  return Buffer.from(headers.join(CRLF) + CRLF + CRLF + top.body, "latin1");
}

// ------------------------------------------------------------------ builders

/** text/plain in UTF-8. */
export function textMessage(opts: MessageHeaders & { text: string }): Buffer {
  return message(opts, utf8Part("plain", opts.text));
}

/**
 * Japanese the classic way: ISO-2022-JP (encoding-japanese `to: "JIS"`), body 7bit with every
 * line returning to ASCII, subject and names RFC 2047 B-encoded in ISO-2022-JP.
 * Use JIS X 0208 characters only (no ①, 髙).
 */
export function isoJapaneseMessage(opts: MessageHeaders & { body: string }): Buffer {
  const lines = opts.body
    .split(/\r?\n/)
    .map((line) => encodeText(line, "ISO-2022-JP").toString("latin1"));
  const top = {
    headers: ["Content-Type: text/plain; charset=ISO-2022-JP", "Content-Transfer-Encoding: 7bit"],
    body: lines.join(CRLF) + CRLF,
  };
  return message(opts, top, "ISO-2022-JP", DEFAULT_JP_FROM);
}

/** Japanese in Shift_JIS: body base64 (Shift_JIS bytes include 0x5C and 8-bit), headers B-encoded. */
export function shiftJisMessage(opts: MessageHeaders & { body: string }): Buffer {
  const top = {
    headers: ["Content-Type: text/plain; charset=Shift_JIS", "Content-Transfer-Encoding: base64"],
    body: base64Lines(encodeText(crlf(opts.body), "Shift_JIS")),
  };
  return message(opts, top, "Shift_JIS", DEFAULT_JP_FROM);
}

/**
 * multipart/alternative: text + HTML whose `<img src>` is a remote URL (a tracker, for tests
 * that remote content stays blocked until the reader asks for it).
 */
export function htmlWithRemoteImage(
  opts: Omit<MessageHeaders, "subject"> & { imageUrl: string; subject?: string; text?: string },
): Buffer {
  const text = opts.text ?? "Quarterly numbers are in the chart below.";
  const html =
    `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>` +
    `<p>${escapeHtml(text)}</p>` +
    `<p><img src="${escapeHtml(opts.imageUrl)}" alt="Quarterly chart" width="120" height="40"></p>` +
    `</body></html>`;
  const top = multipart("alternative", [
    utf8Part("plain", `${text}\n\n[Quarterly chart: ${opts.imageUrl}]\n`),
    utf8Part("html", html),
  ]);
  return message({ ...opts, subject: opts.subject ?? "Quarterly numbers" }, top);
}

/**
 * multipart/mixed: a text part and one base64 attachment. A non-ASCII filename goes out as
 * RFC 2231 `filename*=` in Content-Disposition and RFC 2047 `name=` in Content-Type (as common
 * mailers do).
 */
export function messageWithAttachment(
  opts: MessageHeaders & { filename: string; bytes: Buffer; contentType?: string; text?: string },
): Buffer {
  const contentType = opts.contentType ?? "application/octet-stream";
  const nameParam = isAscii(opts.filename)
    ? mimeParam("name", opts.filename)
    : `name="${encodedWords(opts.filename).replace(/\r\n /g, " ")}"`;
  const attachment: Part = {
    headers: [
      `Content-Type: ${contentType};${CRLF} ${nameParam}`,
      "Content-Transfer-Encoding: base64",
      `Content-Disposition: attachment;${CRLF} ${mimeParam("filename", opts.filename)}`,
    ],
    body: base64Lines(opts.bytes),
  };
  const text = opts.text ?? `The file ${opts.filename} is attached.`;
  return message(opts, multipart("mixed", [utf8Part("plain", text + "\n"), attachment]));
}

/**
 * multipart/related (RFC 2387): HTML (with a text alternative) showing a PNG by `cid:`,
 * the image as an inline part with that Content-ID.
 */
export function htmlWithInlineImage(
  opts: MessageHeaders & { text?: string; png?: Buffer; cid?: string; filename?: string },
): Buffer {
  const cid = opts.cid ?? `${randomUUID()}@tests.example.org`;
  const filename = opts.filename ?? "logo.png";
  const text = opts.text ?? "Our new logo is below.";
  const html =
    `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>` +
    `<p>${escapeHtml(text)}</p><p><img src="cid:${escapeHtml(cid)}" alt="${escapeHtml(filename)}"></p>` +
    `</body></html>`;
  const alternative = multipart("alternative", [
    utf8Part("plain", text + "\n"),
    utf8Part("html", html),
  ]);
  const image: Part = {
    headers: [
      `Content-Type: image/png; ${mimeParam("name", filename)}`,
      "Content-Transfer-Encoding: base64",
      `Content-ID: <${cid}>`,
      `Content-Disposition: inline; ${mimeParam("filename", filename)}`,
    ],
    body: base64Lines(opts.png ?? TINY_PNG),
  };
  return message(
    opts,
    multipart("related", [alternative, image], '; type="multipart/alternative"'),
  );
}
