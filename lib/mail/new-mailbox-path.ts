// Which names Tegami lets a user give a new mailbox (create, rename, move), beyond what any
// mailbox name must be (lib/mail/mailbox-name.ts). Client-safe, shared by the contract.
import { z } from "zod";
import { isMailboxName } from "@/lib/mail/mailbox-name";

/** Most characters of one level of a path; Dovecot's own limit is a little higher. */
export const maxMailboxLevelLength = 200;

/**
 * What is wrong with `path` as the path of a new mailbox, or null when it will do. Levels are
 * split at `delimiter`. Refused: LIST wildcards `%` and `*` (RFC 3501 §6.3.8: the mailbox
 * could never be listed by itself), empty levels ("a//b", a trailing "/"), levels with spaces
 * at either end (they look like another mailbox), and INBOX, which always exists.
 */
export function newMailboxPathProblem(path: string, delimiter = "/"): string | null {
  if (!isMailboxName(path)) return "This is not a mailbox name.";
  if (/[%*]/.test(path)) return "A mailbox name cannot contain % or *.";
  const levels = delimiter ? path.split(delimiter) : [path];
  if (levels.some((level) => level === "")) return "A mailbox name cannot have an empty part.";
  if (levels.some((level) => level.trim() !== level))
    return "A mailbox name cannot start or end with a space.";
  if (levels.some((level) => level.length > maxMailboxLevelLength)) return "This name is too long.";
  if (path.toUpperCase() === "INBOX") return "INBOX exists already.";
  return null;
}

/** The `path` field of the create contract. */
export const newMailboxPathSchema = z.string().superRefine((path, context) => {
  const problem = newMailboxPathProblem(path);
  if (problem) context.addIssue({ code: "custom", message: problem });
});

/** One level (the new name in a rename); the server's own delimiter is checked on the server. */
export const mailboxLevelSchema = z.string().superRefine((name, context) => {
  const problem = name.includes("/") ? "A name cannot contain /." : newMailboxPathProblem(name, "");
  if (problem) context.addIssue({ code: "custom", message: problem });
});
