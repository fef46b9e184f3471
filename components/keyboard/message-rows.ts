// The keyboard's view of the message list in the page: its rows (a mailbox's or a search's),
// which one is current, and the message an action is for. Reads the DOM the list renders,
// whose data-* attributes always match what is shown (see the UI contract).

export interface KeyTargetMessage {
  mailbox: string;
  uid: number;
  unread: boolean;
  flagged: boolean;
  /** The row showing it, when it is on the page. */
  row: HTMLElement | null;
}

const rowSelector = '[role="grid"] [role="row"][data-uid]';

export function messageRows(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>(rowSelector));
}

/** The row holding the focus, else the open message's row, else none. */
export function currentRow(rows: HTMLElement[]): HTMLElement | null {
  const focused = document.activeElement?.closest<HTMLElement>(rowSelector);
  if (focused) return focused;
  return rows.find((row) => row.querySelector('a[aria-current="page"]')) ?? null;
}

export function rowLink(row: HTMLElement): HTMLAnchorElement | null {
  return row.querySelector<HTMLAnchorElement>("a[href]");
}

/** Moves the focus to a row's link (shown by :focus-visible), scrolling it into view. */
export function focusRow(row: HTMLElement): void {
  const link = rowLink(row);
  link?.focus();
  link?.scrollIntoView({ block: "nearest" });
}

export function findRow(rows: HTMLElement[], mailbox: string, uid: number): HTMLElement | null {
  return (
    rows.find((row) => row.dataset.uid === String(uid) && row.dataset.mailbox === mailbox) ?? null
  );
}

function fromRow(row: HTMLElement): KeyTargetMessage | null {
  const uid = Number(row.dataset.uid);
  const mailbox = row.dataset.mailbox;
  if (!mailbox || !Number.isInteger(uid)) return null;
  const unread = row.dataset.unread === "true";
  return { mailbox, uid, unread, flagged: row.dataset.flagged === "true", row };
}

/**
 * The message a shortcut acts on: the open one (its flags from its row, else from its
 * toolbar), else the current row's.
 */
export function targetMessage(
  open: { mailbox: string | null; uid: number | null },
  rows: HTMLElement[],
): KeyTargetMessage | null {
  if (open.mailbox !== null && open.uid !== null) {
    const row = findRow(rows, open.mailbox, open.uid);
    if (row) return fromRow(row);
    const toolbar = document.querySelector<HTMLElement>("article [data-flagged]");
    return {
      mailbox: open.mailbox,
      uid: open.uid,
      unread: toolbar?.dataset.unread === "true",
      flagged: toolbar?.dataset.flagged === "true",
      row: null,
    };
  }
  const row = currentRow(rows);
  return row ? fromRow(row) : null;
}
