// The browser's live state, read by components with useSyncExternalStore: the connection,
// the overlay of changes not yet in the server-rendered page, and the toast and alert shown.
import type { UndoMove } from "@/lib/api/mail-action";
import type { MailEvent } from "@/lib/realtime/mail-event";
import {
  confirm,
  emptyOverlay,
  eventChanges,
  pending,
  rollBack,
  settle,
  writeOverlay,
  type Overlay,
  type OverlayChange,
  type Written,
} from "@/components/live/overlay";

export type LiveConnection = "connecting" | "live" | "offline";

export interface LiveState {
  connection: LiveConnection;
  /** What the connection indicator says: paused while offline, restored briefly after. */
  notice: "paused" | "restored" | null;
  overlay: Overlay;
  toast: { id: number; text: string; undo: UndoMove | null } | null;
  alert: { id: number; text: string } | null;
}

/** An optimistic write, to confirm once the server agrees or roll back when it refuses. */
export interface OptimisticWrite {
  written: Written[];
  /** What was asked for, to assert again while the write is held (see `hold`). */
  changes: OverlayChange[];
}

/** The overlay slot a flag or hide change writes: events and held writes meet there. */
const slotOf = (change: OverlayChange): string | null =>
  change.kind === "count" ? null : `${change.kind}\u0000${change.mailbox}\u0000${change.uid}`;

export const initialLiveState: LiveState = {
  connection: "connecting",
  notice: null,
  overlay: emptyOverlay,
  toast: null,
  alert: null,
};

// A blip shorter than this (a proxy closing an idle stream) is not worth a word.
const pausedDelayMs = 1500;
const restoredShownMs = 4000;

export type LiveStore = ReturnType<typeof createLiveStore>;

export function createLiveStore() {
  let state = initialLiveState;
  let clock = 0;
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;
  let nextId = 1;
  const listeners = new Set<() => void>();
  const held = new Set<OptimisticWrite>();

  const set = (next: Partial<LiveState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  };
  /**
   * Writes the held writes' changes to the messages an event or an answer just touched again: an
   * action queued offline is the user's latest word on its messages until it is replayed, and
   * news from before it (an event, or the answer to an earlier action, on its way when the
   * connection went) must not undo it on screen. Their
   * `written` follows, so confirming or rolling back still finds the entries.
   */
  const reassertHeld = (overlay: Overlay, touched: OverlayChange[]): Overlay => {
    const slots = new Set(touched.map(slotOf));
    for (const write of held) {
      const again = write.changes.filter((change) => slots.has(slotOf(change)));
      if (again.length === 0) continue;
      const result = writeOverlay(overlay, again, pending);
      overlay = result.overlay;
      for (const rewritten of result.written) {
        const at = write.written.findIndex(
          (w) => w.table === rewritten.table && w.key === rewritten.key,
        );
        if (at < 0) write.written.push(rewritten);
        else write.written[at] = { ...rewritten, previous: write.written[at]!.previous };
      }
    }
    return overlay;
  };
  const later = (ms: number, fn: () => void) => {
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(fn, ms);
  };

  return {
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: (): LiveState => state,
    /** The next point on the clock: entries written before it are older. */
    tick: (): number => ++clock,

    applyEvent(event: MailEvent): void {
      const changes = eventChanges(event);
      if (!changes.length) return;
      const { overlay } = writeOverlay(state.overlay, changes, ++clock);
      set({ overlay: held.size ? reassertHeld(overlay, changes) : overlay });
    },
    /** Known truth (e.g. an action's answer), settled by the next refresh. */
    apply(changes: OverlayChange[]): void {
      if (!changes.length) return;
      const { overlay } = writeOverlay(state.overlay, changes, ++clock);
      set({ overlay: held.size ? reassertHeld(overlay, changes) : overlay });
    },
    applyOptimistic(changes: OverlayChange[]): OptimisticWrite {
      const { overlay, written } = writeOverlay(state.overlay, changes, pending);
      if (written.length) set({ overlay });
      return { written, changes };
    },
    /** Keeps `write` shown over the server's events until it is confirmed or rolled back. */
    hold(write: OptimisticWrite): void {
      held.add(write);
    },
    confirm(write: OptimisticWrite): void {
      held.delete(write);
      if (write.written.length) set({ overlay: confirm(state.overlay, write.written, ++clock) });
    },
    rollBack(write: OptimisticWrite): void {
      held.delete(write);
      if (write.written.length) set({ overlay: rollBack(state.overlay, write.written) });
    },
    /** A refresh that started at `startedAt` has rendered: drop what it includes. */
    settle(startedAt: number): void {
      const overlay = settle(state.overlay, startedAt);
      if (overlay !== state.overlay) set({ overlay });
    },

    setConnection(connection: LiveConnection): void {
      if (connection === state.connection) return;
      const wasPaused = state.notice === "paused";
      set({ connection });
      if (connection === "offline") {
        later(pausedDelayMs, () => set({ notice: "paused" }));
      } else if (connection === "live" && wasPaused) {
        set({ notice: "restored" });
        later(restoredShownMs, () => set({ notice: null }));
      } else if (!wasPaused) {
        clearTimeout(noticeTimer);
      }
    },

    showToast(text: string, undo: UndoMove | null = null): void {
      set({ toast: { id: nextId++, text, undo } });
    },
    dismissToast(id: number): void {
      if (state.toast?.id === id) set({ toast: null });
    },
    showAlert(text: string): void {
      set({ alert: { id: nextId++, text } });
    },
    dismissAlert(id: number): void {
      if (state.alert?.id === id) set({ alert: null });
    },
  };
}
