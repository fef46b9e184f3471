import { MessageListPagination } from "@/components/message-list/message-list-pagination";
import { MessageRow } from "@/components/message-list/message-row";
import { MessageSelection } from "@/components/message-list/message-selection";
import { SelectionBar } from "@/components/message-list/selection-bar";
import { EmptyList } from "@/components/message-list/empty-list";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import type { EnvelopePage } from "@/lib/mail/types";

/** One page of a mailbox as a grid of rows, newest first, with selection and paging above it. */
export function MessageList({
  page,
  openUid,
  lang,
  now,
  showRecipients = false,
  busy = false,
  account,
}: {
  page: EnvelopePage;
  openUid: number | null;
  lang: Lang;
  /** The server's time (ISO), so "today" is the same on server and client. */
  now: string;
  /** Show recipients instead of senders (Sent, Drafts). */
  showRecipients?: boolean;
  /** Another page is on its way: this one is shown until it comes. */
  busy?: boolean;
  /** The signed-in address ("me" in a conversation's participants). */
  account?: string;
}) {
  const m = t(lang);
  const firstIndex = (page.page - 1) * page.pageSize;
  const empty = page.envelopes.length === 0;
  // A page past the end (mail was deleted meanwhile) still needs a way back.
  const paged = page.total > 0 || page.page > 1;
  // The messages next to the open one are where j/k, Back-and-next and "read on" go.
  const openIndex = page.envelopes.findIndex((envelope) => envelope.uid === openUid);
  // In conversation view each row stands for its conversation: the row's checkbox selects it.
  const threads = page.threads;

  return (
    <MessageSelection key={`${page.mailbox}\u0000${page.page}`}>
      <div className="flex min-h-full w-full flex-col">
        {paged && (
          <SelectionBar
            mailbox={page.mailbox}
            envelopes={page.envelopes.map(({ uid, flags }) => ({ uid, flags }))}
            threads={threads}
            total={page.total}
            pagination={<MessageListPagination page={page} lang={lang} />}
          />
        )}
        <div
          role="grid"
          aria-label={m.list.label}
          aria-rowcount={page.total}
          aria-busy={busy || undefined}
          aria-multiselectable="true"
          aria-readonly="true"
          className={`${empty ? "" : "flex-1"} ${busy ? "opacity-60 transition-opacity delay-150" : ""}`}
        >
          {page.envelopes.map((envelope, index) => (
            <MessageRow
              key={envelope.uid}
              envelope={envelope}
              mailbox={page.mailbox}
              page={page.page}
              open={envelope.uid === openUid}
              rowIndex={firstIndex + index + 1}
              now={now}
              lang={lang}
              showRecipients={showRecipients}
              prefetch={openIndex >= 0 && Math.abs(index - openIndex) === 1}
              thread={threads?.[index]}
              account={account}
            />
          ))}
        </div>
        {empty && <EmptyList title={m.list.emptyTitle} body={m.list.emptyBody} />}
      </div>
    </MessageSelection>
  );
}
