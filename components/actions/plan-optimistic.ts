// What an action changes on screen before the server answers: flags of the rows it touches,
// the rows it moves away, and the unread counts of the mailboxes involved.
import type { OverlayChange } from "@/components/live/overlay";
import type { MailAction } from "@/lib/api/mail-action";

/** A message on screen that the action touches, as it is shown now. */
export interface ActionRow {
  uid: number;
  unread: boolean;
}

export interface PlanContext {
  /** The unread count shown for a mailbox, if it is known. */
  unseenOf: (mailbox: string) => number | undefined;
  /** The number of messages in a mailbox, if known (for `{ all: true }`). */
  messagesOf: (mailbox: string) => number | undefined;
  archive: string | undefined;
  trash: string | undefined;
}

/** Where a move-like action sends messages; null for other actions and for delete in Trash. */
export function destinationOf(request: MailAction, context: PlanContext): string | null {
  const { action, mailbox } = request;
  if (action.type === "archive") return context.archive ?? null;
  if (action.type === "delete") return mailbox === context.trash ? null : (context.trash ?? null);
  if (action.type === "move") return action.to;
  return null;
}

export function planOptimistic(
  request: MailAction,
  rows: ActionRow[],
  context: PlanContext,
): OverlayChange[] {
  const { mailbox, action, target } = request;
  const all = "all" in target;
  const unseen = context.unseenOf(mailbox);
  const unreadRows = rows.filter((row) => row.unread).length;
  const count = (value: number | undefined): OverlayChange[] =>
    value === undefined ? [] : [{ kind: "count", mailbox, unseen: value }];

  if (action.type === "seen" || action.type === "flagged") {
    const flags = rows.map<OverlayChange>(({ uid }) =>
      action.type === "seen"
        ? { kind: "flags", mailbox, uid, seen: action.value }
        : { kind: "flags", mailbox, uid, flagged: action.value },
    );
    if (action.type === "flagged") return flags;
    const readRows = rows.length - unreadRows;
    let next: number | undefined;
    if (all) next = action.value ? 0 : context.messagesOf(mailbox);
    else if (unseen !== undefined) next = action.value ? unseen - unreadRows : unseen + readRows;
    return [...flags, ...count(next)];
  }

  const hide = rows.map<OverlayChange>(({ uid }) => ({ kind: "hide", mailbox, uid }));
  const moved = all ? (unseen ?? 0) : unreadRows;
  const destination = destinationOf(request, context);
  const destinationUnseen = destination === null ? undefined : context.unseenOf(destination);
  return [
    ...hide,
    ...count(all ? 0 : unseen === undefined ? undefined : unseen - unreadRows),
    ...(destination !== null && destinationUnseen !== undefined && moved > 0
      ? [{ kind: "count" as const, mailbox: destination, unseen: destinationUnseen + moved }]
      : []),
  ];
}
