import "server-only";
import { createHash } from "node:crypto";
import {
  createImapClient,
  type ImapClient,
  type ImapCredentials,
} from "@/lib/imap/create-imap-client";
import { toMailError } from "@/lib/imap/to-mail-error";
import { logImapEvent } from "@/lib/log/log-imap-event";
import { MailError } from "@/lib/mail/mail-error";
import { onShutdown } from "@/server/lifecycle.mjs";

// One IMAP connection per signed-in user, shared by all of that user's requests and tabs in
// this process. imapflow queues commands on one connection, and getMailboxLock serializes the
// commands that need a selected mailbox, so sharing is safe.

interface PoolEntry {
  user: string;
  pass: string;
  client: ImapClient | null;
  connecting: Promise<ImapClient> | null;
  borrowers: number;
  lastUsed: number;
  /** Connections opened for this entry over its life: a test hook, and a sign of reconnects. */
  opened: number;
}

interface PoolState {
  entries: Map<string, PoolEntry>;
  /** Set at shutdown: no new connections, every request fails fast instead. */
  closed: boolean;
  sweeper: ReturnType<typeof setInterval> | null;
  limits: { maxSessions: number; idleMs: number };
}

// globalThis keeps the pool across module re-evaluation in `next dev`, so no connection leaks.
const globalPool = globalThis as typeof globalThis & { __tegamiImapPool?: PoolState };
const pool: PoolState = (globalPool.__tegamiImapPool ??= {
  entries: new Map(),
  closed: false,
  sweeper: null,
  limits: {
    maxSessions: Number(process.env.TEGAMI_MAX_IMAP_SESSIONS) || 500,
    idleMs: Number(process.env.TEGAMI_IMAP_IDLE_MS) || 5 * 60_000,
  },
});

/** For tests and operators: adjust the bound on connections and the idle timeout. */
export function configurePool(limits: Partial<PoolState["limits"]>): void {
  Object.assign(pool.limits, limits);
}

// The key holds the password's hash: a request with other credentials never gets a
// connection that was authenticated with these.
function keyOf({ user, pass }: ImapCredentials): string {
  return createHash("sha256").update(`${user.toLowerCase()}\0${pass}`).digest("hex");
}

function evictOneIdle(): boolean {
  let oldest: [string, PoolEntry] | null = null;
  for (const item of pool.entries) {
    if (item[1].borrowers === 0 && (!oldest || item[1].lastUsed < oldest[1].lastUsed))
      oldest = item;
  }
  if (!oldest) return false;
  pool.entries.delete(oldest[0]);
  void closeEntry(oldest[1]);
  return true;
}

function entryFor(credentials: ImapCredentials): PoolEntry {
  const key = keyOf(credentials);
  let entry = pool.entries.get(key);
  if (!entry) {
    if (pool.closed) {
      throw new MailError("SERVER_UNREACHABLE", "Tegami is restarting. Try again in a moment.");
    }
    if (pool.entries.size >= pool.limits.maxSessions && !evictOneIdle()) {
      throw new MailError(
        "TOO_MANY_SESSIONS",
        "Too many people are signed in right now. Try again shortly.",
      );
    }
    entry = {
      ...credentials,
      client: null,
      connecting: null,
      borrowers: 0,
      lastUsed: Date.now(),
      opened: 0,
    };
    pool.entries.set(key, entry);
    startSweeper();
  }
  return entry;
}

function watch(entry: PoolEntry, client: ImapClient): void {
  // The server may drop us at any time (doveadm kick, restart, timeout): forget the client
  // and let the next borrower open a new one.
  client.on("close", () => {
    logImapEvent("close", "pool", entry.user, client);
    if (entry.client === client) entry.client = null;
  });
  client.on("error", (error: unknown) =>
    logImapEvent("error", "pool", entry.user, client, { error }),
  );
}

async function connect(entry: PoolEntry): Promise<ImapClient> {
  const client = createImapClient(entry);
  watch(entry, client);
  await client.connect();
  entry.opened += 1;
  logImapEvent("open", "pool", entry.user, client);
  return client;
}

/**
 * Takes a connection that has just authenticated with `credentials` (the sign-in's) as the
 * user's pooled one, so the first page after sign-in needs no second LOGIN. Logged out when
 * the user already has one, or when the pool cannot take it.
 */
export function adoptImapClient(credentials: ImapCredentials, client: ImapClient): void {
  let entry: PoolEntry;
  try {
    entry = entryFor(credentials);
  } catch {
    void client.logout().catch(() => client.close());
    return;
  }
  if (entry.client?.usable || entry.connecting || !client.usable) {
    void client.logout().catch(() => client.close());
    return;
  }
  watch(entry, client);
  entry.client = client;
  entry.opened += 1;
  entry.lastUsed = Date.now();
  logImapEvent("open", "pool", entry.user, client);
}

function acquire(entry: PoolEntry): Promise<ImapClient> {
  if (entry.client?.usable) return Promise.resolve(entry.client);
  entry.connecting ??= connect(entry)
    .then((client) => (entry.client = client))
    .finally(() => (entry.connecting = null));
  return entry.connecting;
}

const connectionLossCodes = new Set([
  "NoConnection",
  "EConnectionClosed",
  "ECONNRESET",
  "EPIPE",
  "StateLogout",
]);

function isConnectionLoss(error: unknown, client: ImapClient): boolean {
  const code = (error as { code?: string } | null)?.code ?? "";
  return !client.usable || connectionLossCodes.has(code);
}

/**
 * Runs `fn` with the user's connection. If the connection turns out to be dead (the server
 * dropped it since the last request), it is reopened and `fn` runs once more, so the user
 * never notices.
 */
export async function withImapClient<T>(
  credentials: ImapCredentials,
  fn: (client: ImapClient) => Promise<T>,
): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    const entry = entryFor(credentials);
    entry.borrowers += 1;
    let client: ImapClient | null = null;
    try {
      client = await acquire(entry);
      return await fn(client);
    } catch (error) {
      if (attempt === 0 && client && isConnectionLoss(error, client)) {
        // Drop the dead client now rather than waiting for its 'close' event, so the retry
        // cannot pick the same connection again.
        if (entry.client === client) entry.client = null;
        client.close();
        logImapEvent("reconnect", "pool", entry.user, client, { error });
        continue;
      }
      throw toMailError(error);
    } finally {
      entry.borrowers -= 1;
      entry.lastUsed = Date.now();
    }
  }
}

async function closeEntry(entry: PoolEntry): Promise<void> {
  const client = entry.client ?? (await entry.connecting?.catch(() => null)) ?? null;
  entry.client = null;
  if (!client) return;
  logImapEvent("logout", "pool", entry.user, client);
  try {
    await client.logout();
  } catch {
    client.close();
  }
}

/** Logs out every connection of this user (sign-out). */
export async function closeImapSessions(user: string): Promise<void> {
  const closing: Promise<void>[] = [];
  for (const [key, entry] of pool.entries) {
    if (entry.user.toLowerCase() !== user.toLowerCase()) continue;
    pool.entries.delete(key);
    closing.push(closeEntry(entry));
  }
  await Promise.all(closing);
}

/** Shutdown: logs out every connection and refuses new ones from now on. */
export async function closeAllImapSessions(): Promise<void> {
  pool.closed = true;
  if (pool.sweeper) clearInterval(pool.sweeper);
  pool.sweeper = null;
  const entries = [...pool.entries.values()];
  pool.entries.clear();
  await Promise.all(entries.map(closeEntry));
}

onShutdown("sessions", "imap-pool", closeAllImapSessions);

function startSweeper(): void {
  if (pool.sweeper) return;
  pool.sweeper = setInterval(sweepIdle, 30_000);
  pool.sweeper.unref();
}

/** Closes the connections nobody used for `idleMs`. */
export function sweepIdle(now = Date.now()): void {
  for (const [key, entry] of pool.entries) {
    if (entry.borrowers === 0 && now - entry.lastUsed >= pool.limits.idleMs) {
      pool.entries.delete(key);
      void closeEntry(entry);
    }
  }
}

/** What the pool holds, for tests and health checks. */
export function poolStats(user?: string) {
  const entries = [...pool.entries.values()].filter(
    (e) => !user || e.user.toLowerCase() === user.toLowerCase(),
  );
  return {
    sessions: entries.length,
    connected: entries.filter((e) => e.client?.usable).length,
    opened: entries.reduce((sum, e) => sum + e.opened, 0),
  };
}
