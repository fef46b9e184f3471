import "server-only";
import {
  createImapClient,
  type ImapClient,
  type ImapCredentials,
} from "@/lib/imap/create-imap-client";
import { toMailError } from "@/lib/imap/to-mail-error";
import { logImapEvent } from "@/lib/log/log-imap-event";

export interface ReconnectTiming {
  /** Backoff: the first delay, doubled after each failure up to the second. */
  reconnectMinMs: number;
  reconnectMaxMs: number;
  /** imapflow starts IDLE after this much quiet (its default, 15 s, is far too late here). */
  autoIdleDelayMs: number;
}

export interface ConnectionHooks {
  /** Attaches event listeners before connecting; a client identifies its own events. */
  listen(client: ImapClient): void;
  /** A new connection is logged in. */
  connected(client: ImapClient): void;
  /** The connection dropped or could not be opened; the next attempt is scheduled. */
  lost(): void;
  /** LOGIN was refused (the password changed): there will be no more attempts. */
  rejected(): void;
}

export type CreateClient = typeof createImapClient;

/** Keeps one IMAP connection open: reopens it with a backoff whenever it drops, until stopped. */
export class ReconnectingClient {
  client: ImapClient | null = null;
  /** Connections opened so far: 1, plus one per reconnect. */
  connections = 0;
  private stopped = false;
  private connecting: Promise<void> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private backoffMs: number;

  constructor(
    private readonly credentials: () => ImapCredentials,
    private readonly timing: ReconnectTiming,
    private readonly hooks: ConnectionHooks,
    private readonly createClient: CreateClient = createImapClient,
  ) {
    this.backoffMs = timing.reconnectMinMs;
  }

  start(): void {
    this.connecting = this.connect();
  }

  /** The connection proved itself: the next outage starts again from the shortest delay. */
  succeeded(): void {
    this.backoffMs = this.timing.reconnectMinMs;
  }

  /** Drops `client` if it is still the current one; the usual reconnect follows. */
  restart(client: ImapClient): void {
    if (client === this.client) client.close();
  }

  /** Logs out, waiting for a connection attempt in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    await this.connecting;
    const client = this.client;
    this.client = null;
    if (!client) return;
    logImapEvent("logout", "watcher", this.credentials().user, client);
    await client.logout().catch(() => client.close());
  }

  private async connect(): Promise<void> {
    let client: ImapClient | null = null;
    try {
      client = this.createClient(this.credentials(), {
        autoIdleDelay: this.timing.autoIdleDelayMs,
        role: "watcher",
      });
      const own = client;
      const user = this.credentials().user;
      // An 'error' without a listener would crash the process; the 'close' after it reconnects.
      client.on("error", (error: unknown) =>
        logImapEvent("error", "watcher", user, own, { error }),
      );
      client.on("close", () => logImapEvent("close", "watcher", user, own));
      client.on("close", () => this.onClose(own));
      this.hooks.listen(client);
      await client.connect();
    } catch (error) {
      client?.close();
      if (toMailError(error).code !== "AUTH_FAILED") return this.retry();
      this.stopped = true;
      return this.hooks.rejected();
    } finally {
      this.connecting = null;
    }
    if (this.stopped) {
      await client.logout().catch(() => client.close());
      return;
    }
    this.client = client;
    this.connections += 1;
    logImapEvent("open", "watcher", this.credentials().user, client);
    this.hooks.connected(client);
  }

  private onClose(client: ImapClient): void {
    if (client !== this.client) return;
    this.client = null;
    this.retry();
  }

  private retry(): void {
    if (this.stopped) return;
    this.hooks.lost();
    const delay = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, this.timing.reconnectMaxMs);
    logImapEvent("reconnect", "watcher", this.credentials().user, null, { delayMs: delay });
    this.retryTimer = setTimeout(() => {
      if (!this.stopped) this.start();
    }, delay);
    this.retryTimer.unref();
  }
}
