// One event stream per browser, shared by its tabs: HTTP/1.1 allows 6 connections per origin,
// so a seventh tab with its own stream would stall every request. The tab holding the Web Lock
// "tegami-live" opens the EventSource and rebroadcasts on a BroadcastChannel; the others listen.
// When the leader closes, the browser hands the lock (and the stream) to another tab.
import type { LiveConnection } from "@/components/live/live-store";
import { parseMailEvent } from "@/components/live/parse-mail-event";
import { mailEventName, type MailEvent } from "@/lib/realtime/mail-event";

export interface LiveHandlers {
  onEvent: (event: MailEvent) => void;
  onConnection: (state: LiveConnection) => void;
}

type ChannelMessage =
  | { kind: "event"; event: MailEvent }
  | { kind: "connection"; state: LiveConnection }
  | { kind: "hello" };

const sharedName = "tegami-live";
const eventsUrl = "/api/events";
const maxRetryMs = 30_000;

/** The EventSource itself. It reconnects on its own (sending Last-Event-ID); after a refusal
 * (e.g. 401) it stays closed, so a fresh one is opened with backoff. */
function openStream({ onEvent, onConnection }: LiveHandlers): () => void {
  let source: EventSource | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retryMs = 1000;

  const onMail = (message: MessageEvent<string>) => {
    const event = parseMailEvent(message.data);
    if (event) onEvent(event);
  };
  const connect = () => {
    clearTimeout(retryTimer);
    source?.close();
    source = new EventSource(eventsUrl);
    source.addEventListener(mailEventName, onMail);
    source.onopen = () => {
      retryMs = 1000;
      onConnection("live");
    };
    source.onerror = () => {
      onConnection("offline");
      if (source?.readyState !== EventSource.CLOSED) return;
      retryTimer = setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, maxRetryMs);
    };
  };
  const wentOffline = () => onConnection("offline");
  const cameOnline = () => {
    // The stream may have lived through a short loss of network; then it is live again as is.
    if (source?.readyState === EventSource.OPEN) onConnection("live");
    else if (source?.readyState === EventSource.CLOSED) connect();
  };

  onConnection("connecting");
  connect();
  window.addEventListener("offline", wentOffline);
  window.addEventListener("online", cameOnline);
  return () => {
    clearTimeout(retryTimer);
    source?.close();
    window.removeEventListener("offline", wentOffline);
    window.removeEventListener("online", cameOnline);
  };
}

/** Joins the browser's shared stream (or opens one per tab without Web Locks); returns `close`. */
export function connectLive(handlers: LiveHandlers): () => void {
  if (typeof navigator.locks?.request !== "function" || typeof BroadcastChannel !== "function") {
    return openStream(handlers);
  }
  const channel = new BroadcastChannel(sharedName);
  const stop = new AbortController();
  let leading = false;
  let connection: LiveConnection = "connecting";
  const post = (message: ChannelMessage) => channel.postMessage(message);

  channel.onmessage = ({ data }: MessageEvent<ChannelMessage>) => {
    if (data.kind === "hello") {
      if (leading) post({ kind: "connection", state: connection });
    } else if (!leading) {
      if (data.kind === "event") handlers.onEvent(data.event);
      else handlers.onConnection(data.state);
    }
  };

  navigator.locks
    .request(sharedName, { signal: stop.signal }, async () => {
      if (stop.signal.aborted) return;
      leading = true;
      const close = openStream({
        onEvent(event) {
          handlers.onEvent(event);
          post({ kind: "event", event });
        },
        onConnection(state) {
          connection = state;
          handlers.onConnection(state);
          post({ kind: "connection", state });
        },
      });
      // Held for the tab's life: the lock is released when this promise settles or the tab goes.
      await new Promise<void>((resolve) =>
        stop.signal.addEventListener("abort", () => resolve(), { once: true }),
      );
      close();
      leading = false;
    })
    .catch(() => {
      // Aborted while waiting for the lock: this tab closed before it led.
    });
  // A leader already streaming tells a new tab how the connection is.
  post({ kind: "hello" });

  return () => {
    stop.abort();
    channel.close();
  };
}
