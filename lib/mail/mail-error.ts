// The one error type of Tegami's mail layer: a closed set of codes that route handlers
// map to HTTP statuses and the UI maps to messages. Client-safe.

export const mailErrorStatus = {
  UNAUTHENTICATED: 401,
  AUTH_FAILED: 401,
  SERVER_UNREACHABLE: 502,
  TLS_FAILED: 502,
  MAILBOX_NOT_FOUND: 404,
  MESSAGE_NOT_FOUND: 404,
  /** The mailbox's UIDVALIDITY is not the one the request's UIDs were read under (RFC 3501 §2.3.1.1). */
  UIDVALIDITY_CHANGED: 409,
  PART_NOT_FOUND: 404,
  INVALID_INPUT: 400,
  /** The request did not come from Tegami's own pages (cross-site, or not JSON). */
  FORBIDDEN: 403,
  /** The mail server said NO to a change (read-only mailbox, quota, a flag it does not keep). */
  ACTION_REFUSED: 409,
  /** CREATE or RENAME to a name that is taken (RFC 5530 ALREADYEXISTS). */
  MAILBOX_EXISTS: 409,
  /** DELETE of a mailbox with children, not confirmed: `details.children` names them. */
  MAILBOX_HAS_CHILDREN: 409,
  TOO_MANY_SESSIONS: 503,
  IMAP_ERROR: 502,
  /** The SMTP server refused the message or every recipient (5xx): sending again will not help. */
  SMTP_REJECTED: 422,
  /** The SMTP server could not be reached or hung up before DATA: nothing was sent, retry is safe. */
  SMTP_UNREACHABLE: 503,
  /** The SMTP server refused our password (the one that signed in to IMAP). */
  SMTP_AUTH_FAILED: 401,
  /** The connection died after the message was handed over: it may have been sent. Check Sent. */
  SEND_STATE_UNKNOWN: 502,
  /** A send with this Message-ID is running or done: the draft cannot change any more. */
  ALREADY_SENT: 409,
  /** An upload or the whole message is larger than the SMTP server accepts (RFC 1870 SIZE). */
  TOO_LARGE: 413,
  /** The upload does not exist (any more): uploads expire after 24 hours or once sent. */
  UPLOAD_NOT_FOUND: 404,
} as const;

export type MailErrorCode = keyof typeof mailErrorStatus;

/** What some errors carry besides their message, for the UI to point at. */
export interface MailErrorDetails {
  /** SMTP_REJECTED: the recipients the server refused (RFC 5321 §4.2.2 5xx to RCPT TO). */
  rejected?: string[];
  /** INVALID_INPUT: entries of To/Cc/Bcc that are no valid address, as typed. */
  invalid?: string[];
  /** MAILBOX_HAS_CHILDREN: the paths that would go too, deepest first. */
  children?: string[];
}

export class MailError extends Error {
  readonly details: MailErrorDetails | undefined;

  constructor(
    readonly code: MailErrorCode,
    message: string,
    options?: { cause?: unknown; details?: MailErrorDetails },
  ) {
    super(message, options);
    this.name = "MailError";
    this.details = options?.details;
  }

  get status(): number {
    return mailErrorStatus[this.code];
  }
}

/** The body of every failed API response. */
export interface ApiError {
  ok: false;
  error: { code: MailErrorCode; message: string; details?: MailErrorDetails };
}
