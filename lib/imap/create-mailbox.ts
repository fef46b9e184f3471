import "server-only";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { hierarchyDelimiter } from "@/lib/imap/find-mailbox-entry";
import { toMailboxError } from "@/lib/imap/to-mailbox-error";
import { withHierarchyLock } from "@/lib/imap/with-hierarchy-lock";
import { MailError } from "@/lib/mail/mail-error";
import { newMailboxPathProblem } from "@/lib/mail/new-mailbox-path";

/**
 * CREATE `path` (RFC 3501 §6.3.3; parents such as "プロジェクト" in "プロジェクト/2026" are
 * created by the server) and SUBSCRIBE it. imapflow encodes the name in modified UTF-7
 * (RFC 3501 §5.1.3). MAILBOX_EXISTS when it is there already.
 */
export function createMailbox(
  credentials: ImapCredentials,
  path: string,
): Promise<{ path: string }> {
  return withHierarchyLock(credentials, async (client) => {
    const problem = newMailboxPathProblem(path, await hierarchyDelimiter(client));
    if (problem) throw new MailError("INVALID_INPUT", problem);
    try {
      const created = await client.mailboxCreate(path);
      if (!created.created)
        throw new MailError("MAILBOX_EXISTS", `A mailbox named ${path} exists already.`);
      return { path: created.path };
    } catch (error) {
      throw toMailboxError(error, path);
    }
  });
}
