// What is wrong with a name the user typed for a new mailbox, as a code the UI words in its
// own language. Client-safe and free of zod (the Folders nav imports it); the contract's
// schemas and their English messages are in lib/mail/new-mailbox-path.ts.
import { isMailboxName } from "@/lib/mail/mailbox-name";

/** Most characters of one level of a path; Dovecot's own limit is a little higher. */
export const maxMailboxLevelLength = 200;

export type MailboxPathProblem =
  "empty" | "invalid" | "wildcard" | "emptyLevel" | "padded" | "tooLong" | "inbox";

/**
 * What is wrong with `path` as the path of a new mailbox, or null when it will do. Levels are
 * split at `delimiter`. Refused: LIST wildcards `%` and `*` (RFC 3501 §6.3.8: the mailbox
 * could never be listed by itself), empty levels ("a//b", a trailing "/"), levels with spaces
 * at either end (they look like another mailbox), and INBOX, which always exists.
 */
export function mailboxPathProblem(path: string, delimiter = "/"): MailboxPathProblem | null {
  if (path === "") return "empty";
  if (!isMailboxName(path)) return "invalid";
  if (/[%*]/.test(path)) return "wildcard";
  const levels = delimiter ? path.split(delimiter) : [path];
  if (levels.some((level) => level === "")) return "emptyLevel";
  if (levels.some((level) => level.trim() !== level)) return "padded";
  if (levels.some((level) => level.length > maxMailboxLevelLength)) return "tooLong";
  if (path.toUpperCase() === "INBOX") return "inbox";
  return null;
}
