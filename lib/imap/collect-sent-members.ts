import "server-only";
import type { SearchObject } from "imapflow";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { collectThreadMembers } from "@/lib/imap/collect-thread-members";
import { findSpecialMailbox } from "@/lib/imap/find-special-mailbox";
import { withImapClient } from "@/lib/imap/session-pool";
import { withMailbox } from "@/lib/imap/with-mailbox";
import type { ThreadClues } from "@/lib/thread/thread-clues";
import type { ThreadMessage } from "@/lib/thread/thread-message";

/**
 * The user's own replies: the messages of the \Sent mailbox (RFC 6154) in the threads of
 * `clues`, within `within` (see collectThreadMembers). None when there is no Sent mailbox,
 * or when `mailbox` is Sent itself.
 */
export async function collectSentMembers(
  credentials: ImapCredentials,
  mailbox: string,
  clues: ThreadClues,
  within: SearchObject = {},
): Promise<ThreadMessage[]> {
  const sent = await withImapClient(credentials, (client) => findSpecialMailbox(client, "\\Sent"));
  if (!sent || sent === mailbox) return [];
  return withMailbox(credentials, sent, (locked) =>
    collectThreadMembers(locked, clues, new Set(), within),
  );
}
