import "server-only";
import type { MailSession } from "@/lib/auth/get-mail-session";
import { subscribe } from "@/lib/realtime/event-hub";
import { mailEventName, type MailEvent, type MailEventEnvelope } from "@/lib/realtime/mail-event";
import { startWatcher, type WatcherStart } from "@/lib/realtime/mailbox-watcher";

// The user's live events as a Server-Sent Events stream (HTML Living Standard §9.2). Only
// MailEvents go on it: no bodies, no credentials.

export interface EventStreamOptions {
  subscribe: typeof subscribe;
  startWatcher: (credentials: MailSession["credentials"]) => Promise<WatcherStart>;
  /** A comment line this often keeps proxies from closing a quiet stream. */
  heartbeatMs: number;
  /** Events queued for a client that does not read; past it the stream ends and it resumes. */
  maxBacklog: number;
}

const defaults: EventStreamOptions = {
  subscribe,
  startWatcher,
  heartbeatMs: 15_000,
  maxBacklog: 2_000,
};

const headers = {
  "Content-Type": "text/event-stream; charset=utf-8",
  // no-transform: proxies (and Next's compression) must pass each event on as it comes.
  "Cache-Control": "no-cache, no-transform",
  // nginx buffers proxied responses unless told not to.
  "X-Accel-Buffering": "no",
  Connection: "keep-alive",
};

/** One SSE event; JSON has no raw line breaks, so `data` is always a single line. */
export function formatMailEvent(event: MailEvent, id?: string): string {
  const idLine = id === undefined ? "" : `id: ${id}\n`;
  return `${idLine}event: ${mailEventName}\ndata: ${JSON.stringify(event)}\n\n`;
}

function formatEnvelope(envelope: MailEventEnvelope): string {
  return formatMailEvent(envelope.event, envelope.id);
}

/** EventSource sends Last-Event-ID when it reconnects; tests and fetch clients may use the query. */
function lastEventIdOf(request: Request): string | null {
  const header = request.headers.get("last-event-id");
  if (header) return header;
  return new URL(request.url).searchParams.get("lastEventId") || null;
}

/**
 * The SSE response for GET /api/events: first what the client missed since Last-Event-ID (or a
 * resync when the gap is unknown), then every event of the user as it is published, until the
 * client goes away or the user signs out.
 */
export function eventStreamResponse(
  request: Request,
  session: MailSession,
  options: Partial<EventStreamOptions> = {},
): Response {
  const config = { ...defaults, ...options };
  const encoder = new TextEncoder();
  let end = () => {};

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      let unsubscribe = () => {};
      end = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        unsubscribe();
        request.signal.removeEventListener("abort", end);
        try {
          controller.close();
        } catch {
          // Already closed or cancelled by the reader.
        }
      };
      const write = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          return end();
        }
        // A reader this far behind reconnects with Last-Event-ID and gets the rest from the hub.
        if ((controller.desiredSize ?? 0) < -config.maxBacklog) end();
      };

      const heartbeat = setInterval(() => write(": ping\n\n"), config.heartbeatMs);
      // How long EventSource waits before it reconnects after the stream ends.
      write("retry: 1000\n\n");
      // The hub replays what was missed first, or a resync when it cannot tell.
      unsubscribe = config.subscribe(
        session.email,
        lastEventIdOf(request),
        (envelope) => write(formatEnvelope(envelope)),
        (retryMs) => {
          // The server is going away: reconnect after retryMs (to it, restarted, or another one).
          if (retryMs !== undefined) write(`retry: ${retryMs}\n: shutting down\n\n`);
          end();
        },
      ).unsubscribe;

      request.signal.addEventListener("abort", end);
      if (request.signal.aborted) end();

      void config
        .startWatcher(session.credentials)
        .then((state) => {
          // Only to this stream, without an id: it is the watcher's state, not a mail change.
          if (state === "live" || state === "reconnecting") {
            write(formatMailEvent({ type: "connection", state }));
          }
        })
        .catch(() => {});
    },
    cancel() {
      end();
    },
  });

  return new Response(body, { headers });
}
