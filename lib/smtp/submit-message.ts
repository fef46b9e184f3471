import "server-only";
import { Readable } from "node:stream";
import type SMTPConnection from "nodemailer/lib/smtp-connection";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { openSmtpSession, type SmtpOptions } from "@/lib/smtp/open-smtp-session";
import { rememberSmtpSizeLimit } from "@/lib/smtp/smtp-size-limit";
import { toSmtpError } from "@/lib/smtp/to-smtp-error";

export interface SmtpEnvelope {
  /** MAIL FROM: the signed-in address. */
  from: string;
  /** RCPT TO: every recipient, Bcc included, ASCII (punycode) domains. */
  to: string[];
}

export interface SubmitResult {
  accepted: string[];
  /** Recipients refused while others were accepted (RFC 5321 §3.3: the mail still went). */
  rejected: string[];
  /** The server's reply to the final dot, e.g. "250 2.0.0 Ok: queued as 4F…". */
  response: string;
}

/**
 * The raw message as a stream that notes when nodemailer starts reading it: it pipes the
 * message only once the server has answered 354 to DATA (RFC 5321 §4.1.1.4).
 */
function trackedMessage(raw: Buffer, onStart: () => void): Readable {
  let started = false;
  return new Readable({
    read() {
      if (started) return;
      started = true;
      onStart();
      this.push(raw);
      this.push(null);
    },
  });
}

function send(
  connection: SMTPConnection,
  envelope: SmtpEnvelope,
  raw: Buffer,
  onDataStart: () => void,
): Promise<SMTPConnection.SentMessageInfo> {
  return new Promise((resolve, reject) => {
    // A dying connection reports through 'error' or just 'end', not through send's callback.
    connection.once("error", reject);
    connection.once("end", () =>
      reject(Object.assign(new Error("Connection closed"), { code: "ECONNECTION" })),
    );
    connection.send(
      { ...envelope, size: raw.length, use8BitMime: true },
      trackedMessage(raw, onDataStart),
      (error, info) => (error ? reject(error) : resolve(info)),
    );
  });
}

/**
 * Submits one message (RFC 6409) with an explicit envelope, so Bcc recipients get it without
 * appearing in the headers. Outcomes, as MailErrors: SMTP_UNREACHABLE / TLS_FAILED /
 * SMTP_AUTH_FAILED before anything was handed over (safe to retry); SMTP_REJECTED or TOO_LARGE
 * when the server said no (resending will not help); SEND_STATE_UNKNOWN when the connection died
 * after the server had started to take the message (never retried: it may have gone out).
 */
export async function submitMessage(
  credentials: ImapCredentials,
  envelope: SmtpEnvelope,
  raw: Buffer,
  options: SmtpOptions = {},
): Promise<SubmitResult> {
  const session = await openSmtpSession(credentials, options);
  if (session.maxSize && !options.server) rememberSmtpSizeLimit(credentials.user, session.maxSize);
  let dataStarted = false;
  try {
    const info = await send(session.connection, envelope, raw, () => (dataStarted = true));
    return {
      accepted: info.accepted.map(String),
      rejected: info.rejected.map(String),
      response: info.response,
    };
  } catch (error) {
    throw toSmtpError(error, { dataStarted });
  } finally {
    session.close();
  }
}
