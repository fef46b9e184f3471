import "server-only";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { listConversations } from "@/lib/imap/list-conversations";
import { listEnvelopes } from "@/lib/imap/list-envelopes";
import type { EnvelopePage } from "@/lib/mail/types";
import type { ListView } from "@/lib/settings/list-view";
import { toConversationListPage } from "@/lib/thread/to-conversation-list-page";

/** One page of the message list, as one row per message or one per conversation. */
export async function listMailboxPage(
  credentials: ImapCredentials,
  mailbox: string,
  page: number,
  view: ListView,
): Promise<EnvelopePage> {
  if (view === "messages") return listEnvelopes(credentials, mailbox, page);
  return toConversationListPage(await listConversations(credentials, mailbox, page));
}
