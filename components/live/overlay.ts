// The live overlay: what the browser shows ahead of the server-rendered page (optimistic
// actions, live events). Each entry carries a stamp; once a refresh that started after the
// stamp has rendered, the server's data includes the change and the entry is dropped.
import type { MailEvent } from "@/lib/realtime/mail-event";

/** A point on the store's clock; `pending` marks an action the server has not confirmed yet. */
export type Stamp = number;
export const pending: Stamp = Number.POSITIVE_INFINITY;

export interface FlagsEntry {
  seen?: boolean;
  flagged?: boolean;
  stamp: Stamp;
}
export interface HiddenEntry {
  stamp: Stamp;
}
export interface CountEntry {
  unseen: number;
  /** How many messages the mailbox holds, when the change said (live events do). */
  messages?: number;
  stamp: Stamp;
}

export interface Overlay {
  /** Keyed by `messageKey(mailbox, uid)`. */
  flags: ReadonlyMap<string, FlagsEntry>;
  /** Moved or deleted messages, keyed by `messageKey(mailbox, uid)`. */
  hidden: ReadonlyMap<string, HiddenEntry>;
  /** Unread (and message) counts, keyed by mailbox path. */
  counts: ReadonlyMap<string, CountEntry>;
}

export type OverlayChange =
  | { kind: "flags"; mailbox: string; uid: number; seen?: boolean; flagged?: boolean }
  | { kind: "hide"; mailbox: string; uid: number }
  | { kind: "count"; mailbox: string; unseen: number; messages?: number };

type Table = keyof Overlay;
type Entry = FlagsEntry | HiddenEntry | CountEntry;

/** One entry written, with the one it replaced: enough to confirm or roll back the write. */
export interface Written {
  table: Table;
  key: string;
  entry: Entry;
  previous: Entry | undefined;
}

export const emptyOverlay: Overlay = { flags: new Map(), hidden: new Map(), counts: new Map() };

export function messageKey(mailbox: string, uid: number): string {
  return `${uid}\u0000${mailbox}`;
}

function mutable(overlay: Overlay): Record<Table, Map<string, Entry>> {
  return {
    flags: new Map(overlay.flags),
    hidden: new Map(overlay.hidden),
    counts: new Map(overlay.counts),
  };
}

function toOverlay(tables: Record<Table, Map<string, Entry>>): Overlay {
  return tables as Overlay;
}

/** Writes `changes` stamped `stamp`; flag changes merge into what the entry already says. */
export function writeOverlay(
  overlay: Overlay,
  changes: OverlayChange[],
  stamp: Stamp,
): { overlay: Overlay; written: Written[] } {
  if (changes.length === 0) return { overlay, written: [] };
  const tables = mutable(overlay);
  const written: Written[] = [];
  for (const change of changes) {
    let table: Table;
    let key: string;
    let entry: Entry;
    if (change.kind === "flags") {
      table = "flags";
      key = messageKey(change.mailbox, change.uid);
      const before = tables.flags.get(key) as FlagsEntry | undefined;
      entry = {
        seen: change.seen ?? before?.seen,
        flagged: change.flagged ?? before?.flagged,
        stamp,
      };
    } else if (change.kind === "hide") {
      table = "hidden";
      key = messageKey(change.mailbox, change.uid);
      entry = { stamp };
    } else {
      table = "counts";
      key = change.mailbox;
      // An optimistic change knows the unread count only: the last known total stands.
      const messages =
        change.messages ?? (tables.counts.get(key) as CountEntry | undefined)?.messages;
      const unseen = Math.max(0, change.unseen);
      entry = messages === undefined ? { unseen, stamp } : { unseen, messages, stamp };
    }
    written.push({ table, key, entry, previous: tables[table].get(key) });
    tables[table].set(key, entry);
  }
  return { overlay: toOverlay(tables), written };
}

/** Undoes writes whose entries nothing has replaced since (a later event wins). */
export function rollBack(overlay: Overlay, written: Written[]): Overlay {
  const tables = mutable(overlay);
  for (const { table, key, entry, previous } of [...written].reverse()) {
    if (tables[table].get(key) !== entry) continue;
    if (previous) tables[table].set(key, previous);
    else tables[table].delete(key);
  }
  return toOverlay(tables);
}

/** Restamps confirmed writes, so the next refresh that starts after `stamp` settles them. */
export function confirm(overlay: Overlay, written: Written[], stamp: Stamp): Overlay {
  const tables = mutable(overlay);
  for (const { table, key, entry } of written) {
    if (tables[table].get(key) === entry) tables[table].set(key, { ...entry, stamp });
  }
  return toOverlay(tables);
}

/** Drops entries older than `before`: the server-rendered data now includes them. */
export function settle(overlay: Overlay, before: Stamp): Overlay {
  const tables = mutable(overlay);
  let changed = false;
  for (const table of Object.values(tables)) {
    for (const [key, entry] of table) {
      if (entry.stamp < before) {
        table.delete(key);
        changed = true;
      }
    }
  }
  return changed ? toOverlay(tables) : overlay;
}

/** What a live event changes in the overlay (events that only need a refresh change nothing). */
export function eventChanges(event: MailEvent): OverlayChange[] {
  switch (event.type) {
    case "flags":
      return [
        {
          kind: "flags",
          mailbox: event.mailbox,
          uid: event.uid,
          seen: event.flags.includes("\\Seen"),
          flagged: event.flags.includes("\\Flagged"),
        },
      ];
    case "expunged":
      return event.uids.map((uid) => ({ kind: "hide", mailbox: event.mailbox, uid }));
    case "counts":
      return [
        { kind: "count", mailbox: event.mailbox, unseen: event.unseen, messages: event.messages },
      ];
    default:
      return [];
  }
}
