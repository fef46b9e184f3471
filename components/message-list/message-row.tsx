"use client";

import Link from "next/link";
import { useMessageState } from "@/components/live/live-context";
import { MessageDate } from "@/components/message-list/message-date";
import { SwipeBackdrop, useSwipeActions } from "@/components/message-list/swipe-actions";
import { useSelection } from "@/components/message-list/message-selection";
import { useMessageDrag } from "@/components/message-list/use-message-drag";
import { useThreadState } from "@/components/message-list/use-thread-state";
import { Icon } from "@/components/ui/icon";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { messageHref } from "@/lib/mail/mail-urls";
import type { Address, Envelope } from "@/lib/mail/types";
import type { ThreadSummary } from "@/lib/thread/conversation";
import { ThreadParticipants } from "@/components/message-list/thread-participants";

function shortName(address: Address): string {
  return address.name.trim() || address.address;
}

function fullAddress(address: Address): string {
  return address.name.trim() ? `${address.name} <${address.address}>` : address.address;
}

/**
 * One envelope as a grid row: a checkbox, then who, subject, date; unread in bold with a dot,
 * flag and paperclip. Flags and presence as the live overlay says, else as the server rendered.
 */
export function MessageRow({
  envelope,
  mailbox,
  page,
  open,
  rowIndex,
  now,
  lang,
  showRecipients = false,
  prefetch = false,
  href,
  mailboxName,
  thread,
  account = "",
  selectable = true,
}: {
  envelope: Envelope;
  mailbox: string;
  page: number;
  open: boolean;
  rowIndex: number;
  now: string;
  lang: Lang;
  showRecipients?: boolean;
  /** A likely next message (beside the open one): its page is read ahead of the click. */
  prefetch?: boolean;
  /** Where the row leads, when not the message in this list (a search hit keeps its query). */
  href?: string;
  /** Shown beside the date in hits from every mailbox: where the message lives. */
  mailboxName?: string;
  /** In conversation view: the conversation this row stands for (the envelope is its newest). */
  thread?: ThreadSummary;
  /** The signed-in address: "me" among a conversation's participants. */
  account?: string;
  /**
   * With a checkbox (the default). Hits from every mailbox have none: the selection is of one
   * mailbox's UIDs, and the actions on it are one mailbox's.
   */
  selectable?: boolean;
}) {
  const m = t(lang);
  const own = useMessageState(mailbox, envelope.uid, envelope.flags);
  const conversation = useThreadState(mailbox, thread);
  const { unread, flagged } = conversation ?? own;
  const hidden = own.hidden;
  const swipe = useSwipeActions(mailbox, envelope.uid, unread, conversation?.rows);
  const selection = useSelection();
  const selected = selectable && (selection.all || selection.selected.has(envelope.uid));
  const drag = useMessageDrag(mailbox, envelope.uid, unread, selected, conversation?.rows);
  const people = showRecipients
    ? [...envelope.to, ...envelope.cc]
    : (thread?.participants ?? envelope.from);
  const who = people.map(shortName).join(", ");
  const whoTitle = people.map(fullAddress).join(", ");
  const subject = envelope.subject.trim() || m.noSubject;
  if (hidden) return null;

  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      aria-selected={selected}
      data-uid={envelope.uid}
      data-mailbox={mailbox}
      data-unread={unread ? "true" : "false"}
      data-flagged={flagged ? "true" : "false"}
      data-thread-count={thread?.count}
      className="relative flex touch-pan-y overflow-hidden border-b border-gray-100"
      {...swipe.handlers}
      {...drag}
    >
      {swipe.offset !== 0 && (
        <SwipeBackdrop offset={swipe.offset} pending={swipe.pending} lang={lang} />
      )}
      <div
        className={`flex min-w-0 flex-1 ${selected ? "bg-ink-50" : "bg-white"} ${swipe.offset === 0 ? "transition-transform" : ""}`}
        style={swipe.offset === 0 ? undefined : { transform: `translateX(${swipe.offset}px)` }}
      >
        {selectable ? (
          <div role="gridcell" className="shrink-0">
            <label className="flex h-full w-11 cursor-pointer items-start justify-center pt-3.5 md:w-9">
              <input
                type="checkbox"
                aria-label={m.actions.select(subject)}
                checked={selected}
                onChange={(event) => selection.toggle(envelope.uid, event.target.checked)}
                className="accent-ink-600 size-4"
              />
            </label>
          </div>
        ) : (
          <div aria-hidden="true" className="w-4 shrink-0" />
        )}
        <div role="gridcell" className="min-w-0 flex-1">
          <Link
            href={href ?? messageHref(mailbox, envelope.uid, page)}
            prefetch={prefetch}
            aria-current={open ? "page" : undefined}
            data-focus-inset
            className={`grid min-h-16 grid-cols-[0.5rem_minmax(0,1fr)_auto] items-center gap-x-2.5 gap-y-0.5 py-2.5 pr-4 pl-0.5 ${
              open ? "bg-ink-50 shadow-[inset_3px_0_0_var(--color-ink-600)]" : "hover:bg-gray-50"
            }`}
          >
            {unread ? (
              <span className="bg-ink-600 size-2 rounded-full" aria-hidden="true" />
            ) : (
              <span aria-hidden="true" />
            )}
            {unread && <span className="sr-only">{m.list.unread}, </span>}
            <span
              title={whoTitle}
              className={`truncate text-sm ${unread ? "font-semibold text-gray-900" : "text-gray-700"}`}
            >
              {showRecipients && <span className="text-gray-500">{m.list.to} </span>}
              {thread && !showRecipients ? (
                <ThreadParticipants thread={thread} account={account} lang={lang} />
              ) : (
                who || "—"
              )}
            </span>
            <span
              title={subject}
              className={`col-span-2 col-start-2 row-start-2 truncate text-sm ${
                unread ? "font-medium text-gray-900" : "text-gray-600"
              }`}
            >
              {subject}
            </span>
            <span className="col-start-3 row-start-1 flex items-center gap-1.5 text-xs text-gray-600">
              {mailboxName && (
                <span className="max-w-24 truncate rounded bg-gray-100 px-1.5 py-0.5 text-gray-700">
                  {mailboxName}
                </span>
              )}
              {(thread?.hasAttachments ?? envelope.hasAttachments) && (
                <>
                  <Icon name="paperclip" className="size-3.5 text-gray-500" />
                  <span className="sr-only">{m.list.hasAttachments}</span>
                </>
              )}
              {flagged && (
                <>
                  <Icon name="flag" filled className="size-3.5 text-amber-500" />
                  <span className="sr-only">{m.list.flagged}</span>
                </>
              )}
              <span className={unread ? "font-semibold text-gray-900" : undefined}>
                <MessageDate iso={thread?.date ?? envelope.date} now={now} lang={lang} />
              </span>
            </span>
          </Link>
        </div>
      </div>
    </div>
  );
}
