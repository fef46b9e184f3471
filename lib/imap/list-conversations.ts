import "server-only";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { collectSentMembers } from "@/lib/imap/collect-sent-members";
import { collectThreadMembers } from "@/lib/imap/collect-thread-members";
import { fetchThreadMessages } from "@/lib/imap/fetch-thread-messages";
import { pageRange, pageSize } from "@/lib/imap/list-envelopes";
import { sentWindow, uidWindow } from "@/lib/imap/thread-window";
import { withMailbox } from "@/lib/imap/with-mailbox";
import { buildThreads } from "@/lib/thread/build-threads";
import type { ConversationPage, ConversationRow } from "@/lib/thread/conversation";
import { threadClues } from "@/lib/thread/thread-clues";
import type { ThreadMessage } from "@/lib/thread/thread-message";
import { toConversationRow } from "@/lib/thread/to-conversation-row";

/** The page's messages and the other messages of their threads in the same mailbox. */
function readPage(credentials: ImapCredentials, mailbox: string, page: number) {
  return withMailbox(credentials, mailbox, async (locked) => {
    const pageCount = Math.max(1, Math.ceil(locked.exists / pageSize));
    const current = Math.min(Math.max(1, page), pageCount);
    const range = pageRange(locked.exists, current);
    const shown = range
      ? await fetchThreadMessages(locked, `${range.from}:${range.to}`, false)
      : [];
    const clues = threadClues(shown);
    const known = new Set(shown.map((message) => message.envelope.uid));
    const others = await collectThreadMembers(locked, clues, known, uidWindow(shown));
    return { ...locked, current, pageCount, shown, others, clues };
  });
}

/**
 * One page of `mailbox` as conversations: the page's 50 messages, grouped with the rest of
 * their threads in this mailbox and in Sent into rows. The server is asked only about the
 * threads of the page (one UID SEARCH per mailbox for their Message-IDs, within
 * `threadWindow`, then envelopes of the hits, at most `memberLimit`), so the cost follows the
 * page, not the mailbox.
 */
export async function listConversations(
  credentials: ImapCredentials,
  mailbox: string,
  page: number,
): Promise<ConversationPage> {
  const read = await readPage(credentials, mailbox, page);
  const sent = await collectSentMembers(credentials, read.path, read.clues, sentWindow(read.shown));
  const onPage = new Set(read.shown.map((message) => message.key));
  const maxUid = Math.max(0, ...read.shown.map((message) => message.envelope.uid));
  const threads = buildThreads<ThreadMessage>([...read.shown, ...read.others, ...sent]);
  const rows = threads
    .filter((thread) => thread.messages.some((message) => onPage.has(message.key)))
    // A thread with a newer message in this mailbox is shown on that message's page.
    .filter(
      (thread) => !thread.messages.some((m) => m.mailbox === read.path && m.envelope.uid > maxUid),
    )
    .map((thread) => toConversationRow(thread, read.path))
    .filter((row): row is ConversationRow => row !== null)
    .sort((a, b) => b.latest.envelope.uid - a.latest.envelope.uid);
  return {
    mailbox: read.path,
    uidValidity: read.uidValidity,
    total: read.exists,
    page: read.current,
    pageCount: read.pageCount,
    pageSize,
    rows,
  };
}
