import "server-only";
import { MailError } from "@/lib/mail/mail-error";

interface ImapFailure {
  code?: string;
  authenticationFailed?: boolean;
  tlsFailed?: boolean;
  mailboxMissing?: boolean;
  serverResponseCode?: string;
  message?: string;
}

const unreachableCodes = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ECONNRESET",
  "ETIMEDOUT",
  "CONNECT_TIMEOUT",
  "GREETING_TIMEOUT",
  "NoConnection",
  "EConnectionClosed",
  "ClosedAfterConnectText",
]);

const tlsCodes = new Set([
  "ClosedAfterConnectTLS",
  "UPGRADE_TIMEOUT",
  "STARTTLS_INJECTION",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "CERT_HAS_EXPIRED",
  "ERR_SSL_WRONG_VERSION_NUMBER",
  "EPROTO",
]);

/** Translates an imapflow or socket error into a MailError with one of our codes. */
export function toMailError(error: unknown): MailError {
  if (error instanceof MailError) return error;
  const failure = (error ?? {}) as ImapFailure;
  const code = failure.code ?? "";
  if (failure.authenticationFailed || failure.serverResponseCode === "AUTHENTICATIONFAILED") {
    return new MailError("AUTH_FAILED", "The email address or password is not correct.", {
      cause: error,
    });
  }
  if (
    failure.tlsFailed ||
    tlsCodes.has(code) ||
    code.startsWith("ERR_SSL") ||
    code.startsWith("ERR_TLS")
  ) {
    return new MailError("TLS_FAILED", "The mail server could not set up a secure connection.", {
      cause: error,
    });
  }
  if (unreachableCodes.has(code)) {
    return new MailError("SERVER_UNREACHABLE", "The mail server cannot be reached.", {
      cause: error,
    });
  }
  // RFC 5530 NONEXISTENT, or imapflow's own flag when SELECT fails for a missing mailbox.
  if (failure.mailboxMissing || failure.serverResponseCode === "NONEXISTENT") {
    return new MailError("MAILBOX_NOT_FOUND", "This mailbox does not exist.", { cause: error });
  }
  return new MailError("IMAP_ERROR", "The mail server answered with an error.", { cause: error });
}
