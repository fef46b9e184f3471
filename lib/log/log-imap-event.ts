import "server-only";
import { writeLog, type LogLevel } from "@/server/log-line.mjs";
import type { ImapClient } from "@/lib/imap/create-imap-client";

/** `pool`: the connection a user's requests share; `watcher`: the one that waits in IDLE. */
export type ImapSessionKind = "pool" | "watcher";

export type ImapSessionEvent = "open" | "close" | "error" | "reconnect" | "logout";

/**
 * One line per IMAP session event: who, which connection, which server; an error by its code.
 * Never the password, never anything read from a mailbox.
 */
export function logImapEvent(
  event: ImapSessionEvent,
  kind: ImapSessionKind,
  user: string,
  client: ImapClient | null,
  extra: { error?: unknown; delayMs?: number } = {},
): void {
  const level: LogLevel = event === "error" ? "warn" : "info";
  const error = extra.error as { code?: string; name?: string } | undefined;
  // Optional chaining: tests drive this with stand-in clients that have no options.
  const options = client?.options as { host?: string; port?: number } | undefined;
  writeLog(level, `imap.${event}`, {
    kind,
    user,
    session: client?.id,
    server: options?.host ? `${options.host}:${options.port}` : undefined,
    code: error ? (error.code ?? error.name ?? "Error") : undefined,
    delayMs: extra.delayMs,
  });
}
