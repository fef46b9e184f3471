"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { ActionToolbar, type ActionRequest } from "@/components/actions/action-toolbar";
import { useMailActions } from "@/components/actions/use-mail-actions";
import { useLive, useUnseen } from "@/components/live/live-context";
import { useSelection } from "@/components/message-list/message-selection";
import { useShownRows } from "@/components/message-list/use-shown-rows";
import { t } from "@/lib/i18n/messages";
import type { Envelope } from "@/lib/mail/types";
import type { ThreadSummary } from "@/lib/thread/conversation";
import { threadMemberRows } from "@/components/message-list/thread-member-rows";

const linkButtonClass =
  "inline-flex min-h-11 items-center rounded-md px-2 text-ink-700 hover:bg-ink-50 md:min-h-7";

/**
 * Above the list (or a mailbox's search hits): Select all, paging, and the actions on the
 * selection when there is one.
 */
export function SelectionBar({
  mailbox,
  envelopes,
  total,
  pagination,
  threads,
  wholeMailbox = true,
}: {
  mailbox: string;
  envelopes: Pick<Envelope, "uid" | "flags">[];
  /** Messages in the mailbox. */
  total: number;
  pagination: ReactNode;
  /** In conversation view, one per envelope: a selected row acts on its whole conversation. */
  threads?: ThreadSummary[];
  /**
   * Offers to select every message of the mailbox once the page is selected. Not for search
   * hits: "all" acts on the whole mailbox, not on what matched.
   */
  wholeMailbox?: boolean;
}) {
  const { mailboxes, lang } = useLive();
  const m = t(lang).actions;
  const selection = useSelection();
  const { perform } = useMailActions();
  const shown = useShownRows(mailbox, envelopes);
  const serverUnseen = mailboxes.find((box) => box.path === mailbox)?.unseen ?? 0;
  const unseen = useUnseen(mailbox, serverUnseen);
  const targets = selection.all ? shown : shown.filter((row) => selection.selected.has(row.uid));
  const wholePage = shown.length > 0 && targets.length === shown.length;
  const checkbox = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (checkbox.current) checkbox.current.indeterminate = targets.length > 0 && !wholePage;
  }, [targets.length, wholePage]);

  const act = (action: ActionRequest) => {
    const rows = threadMemberRows(mailbox, targets, threads);
    const target = selection.all ? { all: true as const } : { uids: rows.map((row) => row.uid) };
    if (action.type !== "seen" && action.type !== "flagged") selection.clear();
    void perform({ mailbox, target, action }, rows);
  };

  return (
    <div className="sticky top-0 z-10 border-b border-gray-200 bg-white/95 backdrop-blur-sm">
      <div className="flex min-h-11 items-center gap-1 pr-2 md:min-h-9">
        <label className="flex size-11 shrink-0 cursor-pointer items-center justify-center md:size-9">
          <input
            ref={checkbox}
            type="checkbox"
            aria-label={m.selectAll}
            checked={wholePage}
            disabled={shown.length === 0}
            onChange={(event) =>
              selection.setPage(event.target.checked ? shown.map((r) => r.uid) : [])
            }
            className="accent-ink-600 size-4"
          />
        </label>
        {targets.length > 0 && (
          <span className="text-xs text-gray-700 tabular-nums">
            {m.selected(selection.all ? total : targets.length)}
          </span>
        )}
        <div className="ml-auto">{pagination}</div>
      </div>
      {targets.length > 0 && (
        <div className="flex flex-wrap items-center gap-x-2 border-t border-gray-100 px-1 py-0.5 text-xs">
          <ActionToolbar
            label={m.bulkToolbar}
            mailbox={mailbox}
            unread={targets.some((row) => row.unread) || (selection.all && unseen > 0)}
            flagged={targets.every((row) => row.flagged)}
            count={selection.all ? total : targets.length}
            onAction={act}
          />
          {wholeMailbox && wholePage && !selection.all && total > shown.length && (
            <button type="button" onClick={selection.selectMailbox} className={linkButtonClass}>
              {m.selectAllInMailbox(total)}
            </button>
          )}
          {selection.all && (
            <p className="flex items-center gap-1 text-gray-700">
              {m.allSelected(total)}
              <button type="button" onClick={selection.clear} className={linkButtonClass}>
                {m.clearSelection}
              </button>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
