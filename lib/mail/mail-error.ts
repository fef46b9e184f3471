// The one error type of Tegami's mail layer: a closed set of codes that route handlers
// map to HTTP statuses and the UI maps to messages. Client-safe.

export const mailErrorStatus = {
  UNAUTHENTICATED: 401,
  AUTH_FAILED: 401,
  SERVER_UNREACHABLE: 502,
  TLS_FAILED: 502,
  MAILBOX_NOT_FOUND: 404,
  MESSAGE_NOT_FOUND: 404,
  PART_NOT_FOUND: 404,
  INVALID_INPUT: 400,
  /** The request did not come from Tegami's own pages (cross-site, or not JSON). */
  FORBIDDEN: 403,
  /** The mail server said NO to a change (read-only mailbox, quota, a flag it does not keep). */
  ACTION_REFUSED: 409,
  TOO_MANY_SESSIONS: 503,
  IMAP_ERROR: 502,
} as const;

export type MailErrorCode = keyof typeof mailErrorStatus;

export class MailError extends Error {
  constructor(
    readonly code: MailErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "MailError";
  }

  get status(): number {
    return mailErrorStatus[this.code];
  }
}

/** The body of every failed API response. */
export interface ApiError {
  ok: false;
  error: { code: MailErrorCode; message: string };
}
