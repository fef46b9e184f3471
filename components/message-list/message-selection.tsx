"use client";

import { createContext, use, useMemo, useState, type ReactNode } from "react";

export interface Selection {
  /** The selected UIDs of this page. */
  selected: ReadonlySet<number>;
  /** Every message of the mailbox, not only this page (acts on `{ all: true }`). */
  all: boolean;
  toggle: (uid: number, on: boolean) => void;
  /** Selects exactly these (the page's shown rows), or none. */
  setPage: (uids: number[]) => void;
  selectMailbox: () => void;
  clear: () => void;
}

const SelectionContext = createContext<Selection | null>(null);

export function useSelection(): Selection {
  const selection = use(SelectionContext);
  if (!selection) throw new Error("useSelection needs <MessageSelection>");
  return selection;
}

/** The checked rows of one list page (keyed by mailbox and page, so it starts empty on each). */
export function MessageSelection({ children }: { children: ReactNode }) {
  const [selected, setSelected] = useState<ReadonlySet<number>>(() => new Set());
  const [all, setAll] = useState(false);

  const selection = useMemo<Selection>(
    () => ({
      selected,
      all,
      toggle(uid, on) {
        setAll(false);
        setSelected((current) => {
          const next = new Set(current);
          if (on) next.add(uid);
          else next.delete(uid);
          return next;
        });
      },
      setPage(uids) {
        setAll(false);
        setSelected(new Set(uids));
      },
      selectMailbox: () => setAll(true),
      clear() {
        setAll(false);
        setSelected(new Set());
      },
    }),
    [selected, all],
  );
  return <SelectionContext value={selection}>{children}</SelectionContext>;
}
