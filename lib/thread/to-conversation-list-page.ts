// A page of conversations in the shape of the message list's page. Client-safe.
import type { EnvelopePage } from "@/lib/mail/types";
import type { ConversationPage, ThreadSummary } from "@/lib/thread/conversation";

/**
 * The list shows one row per conversation: the row is the newest envelope of the conversation
 * in the mailbox (its UID is the row's `data-uid`, the message the row opens, the one its
 * live flags follow), and `threads` says, in the same order, what the row stands for.
 */
export function toConversationListPage(conversations: ConversationPage): EnvelopePage {
  const { rows, ...paging } = conversations;
  return {
    ...paging,
    envelopes: rows.map((row) => row.latest.envelope),
    threads: rows.map((row): ThreadSummary => ({
      uid: row.latest.envelope.uid,
      count: row.count,
      participants: row.participants,
      date: row.date,
      hasAttachments: row.hasAttachments,
      members: row.members,
    })),
  };
}
