import { useCallback } from "react";
import { postMailAction } from "@/components/actions/post-mail-action";
import {
  destinationOf,
  planOptimistic,
  type ActionRow,
  type PlanContext,
} from "@/components/actions/plan-optimistic";
import { useLive } from "@/components/live/live-context";
import type { OverlayChange } from "@/components/live/overlay";
import { useOfflineQueue } from "@/components/outbox/offline-queue-context";
import type { MailAction, MailActionResult, UndoMove } from "@/lib/api/mail-action";
import { mailErrorText } from "@/lib/i18n/mail-error-text";
import { t, type Messages } from "@/lib/i18n/messages";
import { outboxLabels } from "@/lib/i18n/outbox-labels";
import { isOfflineFailure } from "@/lib/offline/is-offline-failure";

export interface PerformOptions {
  /** No toast and no alert (marking a message read as it opens). */
  quiet?: boolean;
  /** Offer Undo when the server says how (false for an undo itself). */
  undoable?: boolean;
}

function outcomeText(
  { action }: MailAction,
  result: MailActionResult,
  destination: string,
  m: Messages["actions"],
): string {
  switch (action.type) {
    case "seen":
      return action.value ? m.markedRead : m.markedUnread;
    case "flagged":
      return action.value ? m.flagged : m.unflagged;
    default:
      return result.expunged ? m.deletedForGood(result.uids.length) : m.movedTo(destination);
  }
}

function isMove({ action }: MailAction): boolean {
  return action.type === "archive" || action.type === "delete" || action.type === "move";
}

/** The server's word on the flags of the rows on screen, until the refresh brings it. */
function flagChanges(mailbox: string, result: MailActionResult, rows: ActionRow[]) {
  const changes: OverlayChange[] = [];
  for (const { uid } of rows) {
    const flags = result.flags?.[uid];
    if (flags) {
      const seen = flags.includes("\\Seen");
      changes.push({ kind: "flags", mailbox, uid, seen, flagged: flags.includes("\\Flagged") });
    }
  }
  return changes;
}

/**
 * Runs a mail action the way every button does: shown at once in the overlay, posted, then
 * confirmed (with a toast, and Undo for moves) or rolled back with the server's reason.
 */
export function useMailActions() {
  const { store, mailboxes, lang, scheduleRefresh } = useLive();
  const offline = useOfflineQueue();

  const perform = useCallback(
    async (request: MailAction, rows: ActionRow[], options: PerformOptions = {}) => {
      const m = t(lang).actions;
      const counts = store.getSnapshot().overlay.counts;
      const byPath = new Map(mailboxes.map((mailbox) => [mailbox.path, mailbox]));
      const context: PlanContext = {
        unseenOf: (path) => counts.get(path)?.unseen ?? byPath.get(path)?.unseen,
        messagesOf: (path) => byPath.get(path)?.messages,
        archive: mailboxes.find((mailbox) => mailbox.role === "archive")?.path,
        trash: mailboxes.find((mailbox) => mailbox.role === "trash")?.path,
      };
      const write = store.applyOptimistic(planOptimistic(request, rows, context));
      const response = await postMailAction(request);
      // No connection: the change stays shown and is made once the connection returns.
      if (
        !response.ok &&
        offline &&
        isOfflineFailure(response.error.code, navigator.onLine) &&
        (await offline.keep(request, write))
      ) {
        if (!options.quiet) store.showToast(outboxLabels(lang).willBeDone);
        return true;
      }
      if (!response.ok) {
        store.rollBack(write);
        // The refusal may mean the page is stale (a mailbox deleted elsewhere): catch up.
        scheduleRefresh();
        if (!options.quiet) store.showAlert(mailErrorText(response.error, lang) ?? m.failed);
        return false;
      }
      store.confirm(write);
      store.apply(flagChanges(request.mailbox, response.value, rows));
      // Moves change the page (the next messages move up); flags on screen are already right.
      if (isMove(request) || "all" in request.target) scheduleRefresh();
      if (!options.quiet) {
        const destination = response.value.destination ?? destinationOf(request, context) ?? "";
        const name = byPath.get(destination)?.name ?? destination;
        const undo = options.undoable === false ? null : (response.value.undo ?? null);
        store.showToast(outcomeText(request, response.value, name, m), undo);
      }
      return true;
    },
    [store, mailboxes, lang, scheduleRefresh, offline],
  );

  const undo = useCallback(
    (move: UndoMove) =>
      perform(
        {
          mailbox: move.mailbox,
          target: { uids: move.uids },
          action: { type: "move", to: move.to },
        },
        move.uids.map((uid) => ({ uid, unread: false })),
        { undoable: false },
      ),
    [perform],
  );

  return { perform, undo };
}
