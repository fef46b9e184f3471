import "server-only";
import { writeLog, type LogLevel } from "@/server/log-line.mjs";
import type { ImapClient } from "@/lib/imap/create-imap-client";

/**
 * `pool`: the connection a user's requests share; `watcher`: the one that waits in IDLE;
 * `signin`: the LOGIN that checks a password at sign-in, closed right after.
 */
export type ImapSessionKind = "pool" | "watcher" | "signin";

export type ImapSessionEvent = "open" | "close" | "error" | "reconnect" | "logout";

/**
 * One line per IMAP session event: who, which connection, which server; an error by its code.
 * Never the password, never anything read from a mailbox.
 */
export function logImapEvent(
  event: ImapSessionEvent,
  kind: ImapSessionKind,
  /** null for a failed sign-in: what was typed as the address may be a password. */
  user: string | null,
  client: ImapClient | null,
  extra: { error?: unknown; delayMs?: number } = {},
): void {
  // A refused sign-in is the user's typo, not an incident for the operator.
  const level: LogLevel = event === "error" && kind !== "signin" ? "warn" : "info";
  const error = extra.error as { code?: string; name?: string } | undefined;
  // Optional chaining: tests drive this with stand-in clients that have no options.
  const options = client?.options as { host?: string; port?: number } | undefined;
  writeLog(level, `imap.${event}`, {
    kind,
    user: user ?? undefined,
    session: client?.id,
    server: options?.host ? `${options.host}:${options.port}` : undefined,
    code: error ? (error.code ?? error.name ?? "Error") : undefined,
    delayMs: extra.delayMs,
  });
}
