import "server-only";
import { toMailError } from "@/lib/imap/to-mail-error";
import { MailError } from "@/lib/mail/mail-error";

/**
 * A failed CREATE, RENAME, DELETE or (UN)SUBSCRIBE as a MailError, by the response code the
 * server gave (RFC 5530): ALREADYEXISTS, NONEXISTENT; any other NO is ACTION_REFUSED.
 */
export function toMailboxError(error: unknown, path: string): MailError {
  if (error instanceof MailError) return error;
  const failure = (error ?? {}) as {
    serverResponseCode?: string;
    responseStatus?: string;
    response?: unknown;
  };
  if (failure.serverResponseCode === "ALREADYEXISTS")
    return new MailError("MAILBOX_EXISTS", `A mailbox named ${path} exists already.`, {
      cause: error,
    });
  const mapped = toMailError(error);
  if (mapped.code !== "IMAP_ERROR" || failure.responseStatus !== "NO") return mapped;
  return new MailError("ACTION_REFUSED", `The mail server refused to change the mailbox ${path}.`, {
    cause: error,
  });
}
