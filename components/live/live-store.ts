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
}

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

  const set = (next: Partial<LiveState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
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
      if (changes.length) set({ overlay: writeOverlay(state.overlay, changes, ++clock).overlay });
    },
    /** Known truth (e.g. an action's answer), settled by the next refresh. */
    apply(changes: OverlayChange[]): void {
      if (changes.length) set({ overlay: writeOverlay(state.overlay, changes, ++clock).overlay });
    },
    applyOptimistic(changes: OverlayChange[]): OptimisticWrite {
      const { overlay, written } = writeOverlay(state.overlay, changes, pending);
      if (written.length) set({ overlay });
      return { written };
    },
    confirm(write: OptimisticWrite): void {
      if (write.written.length) set({ overlay: confirm(state.overlay, write.written, ++clock) });
    },
    rollBack(write: OptimisticWrite): void {
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
