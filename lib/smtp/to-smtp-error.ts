import "server-only";
import { MailError } from "@/lib/mail/mail-error";

interface SmtpFailure {
  code?: string;
  command?: string;
  response?: string;
  responseCode?: number;
  rejected?: string[];
  message?: string;
}

/** nodemailer's codes for a connection that failed or died (lib/errors.js), plus the socket's own. */
const connectionCodes = new Set([
  "ECONNECTION",
  "ETIMEDOUT",
  "ESOCKET",
  "EDNS",
  "EPROTOCOL",
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

function serverSaid(failure: SmtpFailure): string {
  const reply = failure.response?.replace(/[\r\n]+/g, " ").trim();
  return reply ? ` The server said: ${reply.slice(0, 300)}` : "";
}

/**
 * Turns a nodemailer SMTP error into a MailError whose code says what the user may do next.
 * `dataStarted`: the server answered 354 to DATA and message bytes were handed over.
 */
export function toSmtpError(error: unknown, { dataStarted }: { dataStarted: boolean }): Error {
  if (error instanceof MailError) return error;
  const failure = (error ?? {}) as SmtpFailure;
  const code = failure.code ?? "";
  const reply = failure.responseCode ?? 0;
  // Not from SMTP at all (a bug): let it surface as such.
  if (!code && !reply) return error instanceof Error ? error : new Error(String(error));
  const options = { cause: error };

  // A reply we got is an answer, whenever it came: only silence after the data is unclear.
  if (connectionCodes.has(code) && !reply) {
    if (dataStarted) {
      // RFC 5321 §4.1.1.4: the server may have taken responsibility for the message before
      // its reply to the final dot was lost. Resending could deliver it twice.
      return new MailError(
        "SEND_STATE_UNKNOWN",
        "The connection to the mail server was lost while it received the message: it may have been sent. Check Sent before sending again.",
        options,
      );
    }
    return new MailError(
      "SMTP_UNREACHABLE",
      "The mail server for sending cannot be reached. Nothing was sent.",
      options,
    );
  }
  if (code === "ETLS") {
    return new MailError(
      "TLS_FAILED",
      "The mail server for sending could not set up a secure connection. Nothing was sent.",
      options,
    );
  }
  if (code === "EAUTH" || code === "ENOAUTH") {
    return new MailError(
      "SMTP_AUTH_FAILED",
      "The mail server for sending did not accept your password. Nothing was sent.",
      options,
    );
  }
  // RFC 1870 §6.1 (552 to MAIL FROM with SIZE), or nodemailer's own check against EHLO SIZE.
  if (reply === 552 || /larger than allowed/i.test(failure.message ?? "")) {
    return new MailError(
      "TOO_LARGE",
      `The message is larger than the mail server accepts. Nothing was sent.${serverSaid(failure)}`,
      options,
    );
  }
  if (reply >= 400 && reply < 500) {
    return new MailError(
      "SMTP_UNREACHABLE",
      `The mail server cannot take the message right now; try again later. Nothing was sent.${serverSaid(failure)}`,
      options,
    );
  }
  if (failure.command === "RCPT TO" && failure.rejected?.length) {
    return new MailError(
      "SMTP_REJECTED",
      `The mail server refused every recipient. Nothing was sent.${serverSaid(failure)}`,
      {
        ...options,
        details: { rejected: failure.rejected },
      },
    );
  }
  return new MailError(
    "SMTP_REJECTED",
    `The mail server refused the message. Nothing was sent.${serverSaid(failure)}`,
    options,
  );
}
