import "server-only";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { findMailboxEntry } from "@/lib/imap/find-mailbox-entry";
import { toMailboxError } from "@/lib/imap/to-mailbox-error";
import { withHierarchyLock } from "@/lib/imap/with-hierarchy-lock";
import { MailError } from "@/lib/mail/mail-error";

/**
 * SUBSCRIBE (RFC 3501 §6.3.6) or, with `subscribed` false, UNSUBSCRIBE (§6.3.7) an existing
 * mailbox. imapflow answers a NO with `false`, which becomes ACTION_REFUSED here.
 */
export function subscribeMailbox(
  credentials: ImapCredentials,
  path: string,
  subscribed = true,
): Promise<{ path: string; subscribed: boolean }> {
  return withHierarchyLock(credentials, async (client) => {
    await findMailboxEntry(client, path);
    let done: boolean;
    try {
      done = subscribed
        ? await client.mailboxSubscribe(path)
        : await client.mailboxUnsubscribe(path);
    } catch (error) {
      throw toMailboxError(error, path);
    }
    if (!done) throw new MailError("ACTION_REFUSED", `The mail server refused to change ${path}.`);
    return { path, subscribed };
  });
}
