import "server-only";
import { Redis, type RedisOptions } from "ioredis";
import { writeLog, type LogFields } from "@/server/log-line.mjs";

// The process's two connections to the shared Redis: one for commands, one subscribed to the
// channels of the scale-out (RESP pub/sub takes a connection over). Both reconnect forever.
// While Redis is unreachable, commands fail at once instead of queueing, so every caller can
// fall back to this process's own state; `up` says which mode the process is in.

export interface RedisLink {
  command: Redis;
  subscriber: Redis;
  /** True while both connections are ready. */
  readonly up: boolean;
  /** Called on every change of `up` (after the first connection, and at each outage/recovery). */
  onChange(listener: (up: boolean) => void): () => void;
  /** Calls `listener(channel, message)` for each message on `channel` (subscribing once). */
  listen(channel: string, listener: (message: string) => void): void;
  close(): Promise<void>;
}

export type RedisLog = Record<"warn" | "info", (event: string, fields: LogFields) => void>;

/** The process's JSON log lines (server/log-line.mjs). */
const jsonLog: RedisLog = {
  warn: (event, fields) => writeLog("warn", event, fields),
  info: (event, fields) => writeLog("info", event, fields),
};

export interface RedisLinkOptions {
  /** Where outages and recoveries are reported (never with the URL's password). */
  log?: RedisLog;
  /** The longest wait between reconnect attempts. */
  maxReconnectMs?: number;
}

/** The URL without its password, for log lines. */
export function redactRedisUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

export function createRedisLink(url: string, options: RedisLinkOptions = {}): RedisLink {
  const log = options.log ?? jsonLog;
  const maxReconnectMs = options.maxReconnectMs ?? 2_000;
  const shown = redactRedisUrl(url);
  const common: RedisOptions = {
    connectTimeout: 2_000,
    commandTimeout: 2_000,
    maxRetriesPerRequest: 0,
    retryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 5), maxReconnectMs),
    // RESP2 keeps pub/sub on its own connection, as the subscriber below expects.
    protocol: 2,
  };
  const command = new Redis(url, {
    ...common,
    enableOfflineQueue: false,
    connectionName: "tegami",
  });
  const subscriber = new Redis(url, {
    ...common,
    // SUBSCRIBE before the first connection waits for it; after a reconnect it is re-sent.
    enableOfflineQueue: true,
    autoResubscribe: true,
    connectionName: "tegami-subscriber",
  });
  const listeners = new Set<(up: boolean) => void>();
  const channels = new Map<string, Set<(message: string) => void>>();
  let up = false;
  let everUp = false;
  /** The outage is in the log already: one line per outage, not one per reconnect attempt. */
  let downLogged = false;
  let lastError = "";

  const logDown = () => {
    if (downLogged) return;
    downLogged = true;
    log.warn("redis.down", {
      redis: shown,
      error: lastError || "connection closed",
      note: "live updates and sign-in limits work per process until it is back",
    });
  };
  const update = () => {
    const now = command.status === "ready" && subscriber.status === "ready";
    if (now === up) return;
    up = now;
    if (up) {
      log.info(everUp ? "redis.up" : "redis.connected", { redis: shown });
      everUp = true;
      downLogged = false;
    } else logDown();
    for (const listener of listeners) listener(up);
  };
  for (const client of [command, subscriber]) {
    // Without an 'error' listener ioredis would crash the process on a refused connection.
    client.on("error", (error: Error) => {
      lastError = error.message;
      // Unreachable from the start: no transition to report, but the operator must hear of it.
      if (!up) logDown();
    });
    client.on("ready", update);
    client.on("close", update);
    client.on("end", update);
  }
  subscriber.on("message", (channel: string, message: string) => {
    for (const listener of channels.get(channel) ?? []) listener(message);
  });

  return {
    command,
    subscriber,
    get up() {
      return up;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    listen(channel, listener) {
      let set = channels.get(channel);
      if (!set) {
        set = new Set();
        channels.set(channel, set);
        subscriber.subscribe(channel).catch(() => {
          // autoResubscribe repeats it after the next reconnect.
        });
      }
      set.add(listener);
    },
    async close() {
      listeners.clear();
      await Promise.all([command.quit(), subscriber.quit()].map((p) => p.catch(() => {})));
    },
  };
}
