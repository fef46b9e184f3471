import "server-only";
import { Readable } from "node:stream";
import MailComposer from "nodemailer/lib/mail-composer";
import { foldLines } from "nodemailer/lib/mime-funcs";
import type Mail from "nodemailer/lib/mailer";
import type MimeNode from "nodemailer/lib/mime-node";
import type { Address } from "@/lib/mail/types";
import { encodeIso2022JpWords, fitsIso2022Jp, iso2022JpBody } from "@/lib/mime/encode-iso-2022-jp";

export interface OutgoingAttachment {
  filename: string;
  contentType: string;
  /** Opened only when the builder reaches this part, so files and IMAP parts are read one at a time. */
  open: () => Promise<Readable>;
}

export interface BuildMessageInput {
  /** Always the signed-in user: never taken from a request. */
  from: Address;
  /** Addresses with ASCII (punycode) domains, as parseAddressList's `ascii`. */
  to: Address[];
  cc: Address[];
  bcc: Address[];
  /**
   * Write the Bcc header: yes for a draft (it must survive reopening) and for the copy in Sent
   * (the user sees whom they sent it to, as Thunderbird does); the copy that is submitted goes
   * through withoutBccHeader.
   */
  keepBcc: boolean;
  subject: string;
  /** `<id@host>`: the idempotency key of the compose session. */
  messageId: string;
  date: Date;
  inReplyTo: string | null;
  references: string[];
  text: string;
  /** A sanitized HTML fragment, or null for a text/plain message. */
  html: string | null;
  attachments: OutgoingAttachment[];
  /** ISO-2022-JP when asked and every character fits; UTF-8 otherwise. */
  charset: "utf-8" | "iso-2022-jp";
  /** Extra header fields (name → ASCII value), e.g. a draft's X-Tegami-Source. */
  headers?: Record<string, string>;
}

/** No CR, LF or other control character may reach a header from any field (header injection). */
const oneLine = (value: string) =>
  value.replace(/[\u0000-\u0008\u000a-\u001f\u007f]+/g, " ").trim();

const crlf = (text: string) => text.replace(/\r\n?|\n/g, "\r\n");

function htmlDocument(fragment: string, charset: string): string {
  return `<!doctype html><html><head><meta charset="${charset}"></head><body>${fragment}</body></html>`;
}

/** A stream that opens its source on the first read and passes it through. */
function lazyStream(open: () => Promise<Readable>): Readable {
  let source: Readable | null = null;
  const stream: Readable = new Readable({
    read() {
      if (source) {
        source.resume();
        return;
      }
      open().then(
        (opened) => {
          source = opened;
          opened.on("data", (chunk: Buffer) => {
            if (!stream.push(chunk)) opened.pause();
          });
          opened.once("end", () => stream.push(null));
          opened.once("error", (error) => stream.destroy(error));
        },
        (error: unknown) => stream.destroy(error as Error),
      );
    },
    destroy(error, callback) {
      source?.destroy();
      callback(error);
    },
  });
  return stream;
}

const cleanAddress = (a: Address): Address => ({
  name: oneLine(a.name),
  address: oneLine(a.address),
});

function attachmentsOf(input: BuildMessageInput): Mail.Attachment[] {
  return input.attachments.map((attachment) => ({
    filename: oneLine(attachment.filename) || "attachment",
    contentType: oneLine(attachment.contentType) || "application/octet-stream",
    // message/rfc822 would default to inline; every attachment here is a file to the reader.
    contentDisposition: "attachment",
    content: lazyStream(attachment.open),
  }));
}

/** ISO-2022-JP address header: names as encoded words, addresses as they are. */
function jisAddresses(list: Address[]): string {
  return list
    .map(({ name, address }) => {
      if (!name) return address;
      const shown = /^[\x20-\x7e]*$/.test(name)
        ? `"${name.replace(/(["\\])/g, "\\$1")}"`
        : encodeIso2022JpWords(name);
      return `${shown} <${address}>`;
    })
    .join(", ");
}

/**
 * The header fields MailComposer would encode as UTF-8, written as ISO-2022-JP instead. They
 * are prepended to its output: it encodes address fields itself and offers no way around that.
 */
function jisHeaderBlock(input: BuildMessageInput): string {
  const fields: [string, string][] = [
    ["From", jisAddresses([input.from])],
    ["To", jisAddresses(input.to)],
    ["Cc", jisAddresses(input.cc)],
    ["Bcc", input.keepBcc ? jisAddresses(input.bcc) : ""],
    ["Subject", encodeIso2022JpWords(input.subject)],
  ];
  return fields
    .filter(([, value]) => value)
    .map(([name, value]) => foldLines(`${name}: ${value}`, 76) + "\r\n")
    .join("");
}

function jisParts(text: string, html: string | null): Mail.Attachment[] {
  const part = (type: string, body: string): Mail.Attachment => ({
    contentType: `${type}; charset=ISO-2022-JP`,
    content: iso2022JpBody(body),
  });
  return [
    part("text/plain", text),
    ...(html === null ? [] : [part("text/html", htmlDocument(html, "ISO-2022-JP"))]),
  ];
}

/** RFC 1468 text is 7bit by design; MailComposer would QP-encode it for its ESC bytes. */
function keepJisSevenBit(node: MimeNode): void {
  if (/charset=iso-2022-jp/i.test(String(node.getHeader("Content-Type") ?? ""))) {
    node.getTransferEncoding = () => "7bit";
  }
  for (const child of node.childNodes) keepJisSevenBit(child);
}

/**
 * Builds the RFC 5322 message: multipart/alternative (text + HTML) or text/plain, inside
 * multipart/mixed with the attachments (filenames per RFC 2231). The result is held whole in
 * memory because SMTP and IMAP APPEND both need its exact size up front.
 */
export async function buildMessage(input: BuildMessageInput): Promise<Buffer> {
  const subject = oneLine(input.subject);
  // An empty text part would be left out, leaving HTML alone; RFC 2046 §5.1.4 wants the plain one.
  const text = crlf(input.text) || (input.html === null ? "" : "\r\n");
  const html = input.html === null ? null : crlf(input.html);
  const from = cleanAddress(input.from);
  const [to, cc, bcc] = [input.to, input.cc, input.bcc].map((list) => list.map(cleanAddress));
  const names = [from, ...(to ?? []), ...(cc ?? []), ...(bcc ?? [])].map((a) => a.name);
  const jis = input.charset === "iso-2022-jp" && fitsIso2022Jp(subject, text, html ?? "", ...names);
  const clean = { ...input, subject, from, to: to ?? [], cc: cc ?? [], bcc: bcc ?? [] };

  const common: Mail.Options = {
    messageId: oneLine(input.messageId),
    date: input.date,
    inReplyTo: input.inReplyTo ? oneLine(input.inReplyTo) : undefined,
    references: input.references.length ? input.references.map(oneLine) : undefined,
    attachments: attachmentsOf(input),
  };
  const body: Mail.Options = jis
    ? { alternatives: jisParts(text, html) }
    : {
        from: clean.from,
        to: clean.to,
        cc: clean.cc,
        bcc: input.keepBcc ? clean.bcc : undefined,
        subject,
        text,
        html: html === null ? undefined : htmlDocument(html, "utf-8"),
      };
  const extra = Object.fromEntries(
    Object.entries(input.headers ?? {}).map(([name, value]) => [
      name.replace(/[^A-Za-z0-9-]/g, ""),
      oneLine(value),
    ]),
  );
  const root = new MailComposer({ ...common, ...body, headers: extra }).compile();
  root.keepBcc = input.keepBcc;
  if (!jis) return root.build();
  keepJisSevenBit(root);
  return Buffer.concat([Buffer.from(jisHeaderBlock(clean), "latin1"), await root.build()]);
}
