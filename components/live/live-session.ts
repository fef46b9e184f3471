// The tab's live session: one store and one connection for the tab's life. The App Router
// remounts the page (and <LiveProvider> with it) on every navigation to another message or
// mailbox; the overlay, the toast and the stream must outlive that.
import { connectLive } from "@/components/live/live-connection";
import { createLiveStore, type LiveConnection, type LiveStore } from "@/components/live/live-store";
import { envelopeCache } from "@/components/message-list/envelope-cache";
import type { MailEvent } from "@/lib/realtime/mail-event";

/** Asked to refresh after `event` (null: after a gap, when anything may have changed). */
export type RefreshRequest = (event: MailEvent | null) => void;

// Between an unmount and the next page's mount, keep the stream open.
const lingerMs = 3000;

let store: LiveStore | null = null;
let close: (() => void) | null = null;
let closeTimer: ReturnType<typeof setTimeout> | undefined;
let wasLive = false;
let current: LiveConnection = "connecting";
/** An event came while no page was mounted to refresh: the next one refreshes on mount. */
let refreshOwed = false;
const refreshers = new Set<RefreshRequest>();

function refresh(event: MailEvent | null): void {
  if (refreshers.size === 0) refreshOwed = true;
  for (const request of refreshers) request(event);
}

function setConnection(state: LiveConnection): void {
  if (state === "live" && wasLive && current !== "live") {
    // Back after a gap (or a new leader tab with a fresh stream): catch up on what was missed.
    envelopeCache.markAllStale();
    refresh(null);
  } else if (state === "live" && current === "live") {
    // The server's watcher is live too. Mail that changed between the page's render and now
    // is not in the stream: the list shown is read again (one FETCH), not every pane.
    envelopeCache.markAllStale();
  }
  if (state === "live") wasLive = true;
  current = state;
  store?.setConnection(state);
}

/** The tab's store; on the server a fresh one per render (nothing is shared between users). */
export function liveStore(): LiveStore {
  if (typeof window === "undefined") return createLiveStore();
  return (store ??= createLiveStore());
}

/** Joins the tab's live connection; `onChange` is called after each change worth a refresh. */
export function joinLive(onChange: RefreshRequest): () => void {
  const live = liveStore();
  refreshers.add(onChange);
  clearTimeout(closeTimer);
  close ??= connectLive({
    onEvent(event) {
      if (event.type === "connection") {
        // The server's own IMAP watcher: while it reconnects, nothing live reaches us.
        setConnection(event.state === "live" ? "live" : "offline");
        return;
      }
      live.applyEvent(event);
      envelopeCache.applyEvent(event);
      // Flags and counts carry the whole new state of what they name: the overlay shows it, and
      // re-rendering every pane (LIST-STATUS, envelopes, the open body) would add nothing.
      if (event.type !== "flags" && event.type !== "counts") refresh(event);
    },
    onConnection: setConnection,
  });
  // Something changed while between pages (a navigation remounts the provider).
  if (refreshOwed) onChange(null);
  refreshOwed = false;

  return () => {
    refreshers.delete(onChange);
    if (refreshers.size > 0) return;
    closeTimer = setTimeout(() => {
      close?.();
      close = null;
      wasLive = false;
      current = "connecting";
      live.setConnection("connecting");
    }, lingerMs);
  };
}
