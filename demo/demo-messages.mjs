// Raw messages for the demo mailboxes, built the way real mail arrives: multipart HTML with a
// text alternative, attachments, a thread with In-Reply-To/References, Japanese in ISO-2022-JP
// (as many Japanese mail programs still send it) and in UTF-8.
import { createRequire } from "node:module";
import Encoding from "encoding-japanese";

const require = createRequire(import.meta.url);
const MailComposer = require("nodemailer/lib/mail-composer");

/** A message through nodemailer's MIME builder (UTF-8); resolves to the raw bytes. */
export function composeMessage(mail) {
  return new Promise((resolve, reject) => {
    new MailComposer({ ...mail, textEncoding: "base64" })
      .compile()
      .build((error, raw) => (error ? reject(error) : resolve(raw)));
  });
}

const toJis = (text) =>
  Buffer.from(Encoding.convert(Encoding.stringToCode(text), { to: "JIS", from: "UNICODE" }));

// RFC 1468 with RFC 2047 B-words: each word a whole ISO-2022-JP run that ends back in ASCII.
function jisWord(text) {
  return `=?ISO-2022-JP?B?${toJis(text).toString("base64")}?=`;
}

/** A plain-text message in ISO-2022-JP, written by hand: nodemailer encodes only UTF-8. */
export function iso2022jpMessage({ from, to, subject, text, date, messageId }) {
  const header = [
    `From: ${jisWord(from.name)} <${from.address}>`,
    `To: ${jisWord(to.name)} <${to.address}>`,
    `Subject: ${subject.map(jisWord).join("\r\n ")}`,
    `Date: ${date.toUTCString().replace("GMT", "+0000")}`,
    `Message-ID: <${messageId}>`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=ISO-2022-JP",
    "Content-Transfer-Encoding: 7bit",
  ].join("\r\n");
  const body = text
    .split("\n")
    .map((line) => toJis(line).toString("latin1"))
    .join("\r\n");
  return Buffer.from(`${header}\r\n\r\n${body}\r\n`, "latin1");
}

/**
 * A mailbox name in IMAP's modified UTF-7 (RFC 3501 §5.1.3), as it travels on the wire: hoodiecrow
 * stores names as given, so a Japanese name is stored the way a real server would send it.
 */
export function mailboxNameUtf7(name) {
  return name.replace(/&/g, "&-").replace(/[^\x20-\x7e]+/g, (run) => {
    const utf16 = Buffer.from(run, "utf16le").swap16();
    return `&${utf16.toString("base64").replace(/=+$/, "").replace(/\//g, ",")}-`;
  });
}

// A 16x16 PNG (an ink-blue square) and a one-page PDF, small enough to keep the demo fast.
export const samplePng = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAGElEQVR4nGNkaGhgIAUwkaR6VMOohiGlAQCTJgEhJ4Y/7gAAAABJRU5ErkJggg==",
  "base64",
);

export const samplePdf = Buffer.from(
  [
    "%PDF-1.4",
    "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R",
    "/Resources << /Font << /F1 5 0 R >> >> >> endobj",
    "4 0 obj << /Length 56 >> stream",
    "BT /F1 24 Tf 72 760 Td (Q3 report: sales up 12%) Tj ET",
    "endstream endobj",
    "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj",
    "trailer << /Root 1 0 R >>",
    "%%EOF",
  ].join("\n"),
);
