import "server-only";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { subscriberCount } from "@/lib/realtime/event-hub";
import {
  WatcherConnection,
  type SettledState,
  type WatcherState,
  type WatcherTiming,
} from "@/lib/realtime/watcher-connection";
import { isShuttingDown, onShutdown } from "@/server/lifecycle.mjs";
import { writeLog } from "@/server/log-line.mjs";

// One IMAP watcher per signed-in user and process, on a connection of its own (the pool's is
// shared by requests and moves between mailboxes). The mail page focuses it on the mailbox it
// shows; the event stream starts it; it logs out when nobody has listened for a while.

export interface WatcherLimits extends WatcherTiming {
  /** TEGAMI_MAX_WATCHERS: IMAP connections this process spends on live updates at most. */
  maxWatchers: number;
  /** A watcher whose user has had no open event stream for this long logs out. */
  idleStopMs: number;
}

interface Entry {
  watcher: WatcherConnection;
  /** When the user last had a stream open, or a page asked for the watcher. */
  wantedAt: number;
}

interface RegistryState {
  watchers: Map<string, Entry>;
  limits: WatcherLimits;
  sweeper: ReturnType<typeof setInterval> | null;
  refusalWarnedAt: number;
}

function envCount(name: string, fallback: number): number {
  const value = Number(process.env[name] || Number.NaN);
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}

// globalThis keeps the watchers across module re-evaluation in `next dev`, so none leaks.
const globalRegistry = globalThis as typeof globalThis & { __tegamiWatchers?: RegistryState };
const registry: RegistryState = (globalRegistry.__tegamiWatchers ??= {
  watchers: new Map(),
  limits: {
    maxWatchers: envCount("TEGAMI_MAX_WATCHERS", 500),
    idleStopMs: 60_000,
    pollMs: 4_000,
    reconnectMinMs: 200,
    reconnectMaxMs: 10_000,
    autoIdleDelayMs: 50,
  },
  sweeper: null,
  refusalWarnedAt: 0,
});

/** For tests and operators: adjust the bound, the idle stop, the poll and backoff timing. */
export function configureWatchers(limits: Partial<WatcherLimits>): void {
  Object.assign(registry.limits, limits);
  if (registry.sweeper) clearInterval(registry.sweeper);
  registry.sweeper = null;
  startSweeper();
}

/**
 * `refused`: the process is at TEGAMI_MAX_WATCHERS. The event stream then still carries what
 * this app changes itself (the action routes publish it), but not other clients' changes, and
 * it sends no `connection` event: "reconnecting" would promise a recovery that is not coming.
 */
export type WatcherStart = SettledState | "refused";

function keyOf(user: string): string {
  return user.toLowerCase();
}

function warnRefused(): void {
  if (Date.now() - registry.refusalWarnedAt < 60_000) return;
  registry.refusalWarnedAt = Date.now();
  writeLog("warn", "watchers.full", {
    maxWatchers: registry.limits.maxWatchers,
    note: "TEGAMI_MAX_WATCHERS reached: new users get no push of other clients' changes",
  });
}

function forget(watcher: WatcherConnection): void {
  const key = keyOf(watcher.credentials.user);
  if (registry.watchers.get(key)?.watcher === watcher) registry.watchers.delete(key);
}

function watcherFor(credentials: ImapCredentials, mailbox: string): WatcherConnection | null {
  const entry = registry.watchers.get(keyOf(credentials.user));
  if (entry) {
    entry.wantedAt = Date.now();
    // The newest sign-in's password is the one a reconnect should use.
    entry.watcher.credentials = credentials;
    return entry.watcher;
  }
  if (isShuttingDown()) return null;
  if (registry.watchers.size >= registry.limits.maxWatchers) {
    warnRefused();
    return null;
  }
  const watcher = new WatcherConnection(credentials, mailbox, registry.limits, forget);
  registry.watchers.set(keyOf(credentials.user), { watcher, wantedAt: Date.now() });
  startSweeper();
  return watcher;
}

/** The mail page shows `mailbox`: watch it (starting the watcher if needed). Never throws. */
export function focusMailbox(credentials: ImapCredentials, mailbox: string): void {
  watcherFor(credentials, mailbox)?.focus(mailbox);
}

/** Starts the user's watcher if needed; resolves once its first connection attempt settled. */
export function startWatcher(credentials: ImapCredentials): Promise<WatcherStart> {
  const watcher = watcherFor(credentials, "INBOX");
  return watcher ? watcher.ready() : Promise.resolve("refused");
}

/** Logs the user's watcher out (sign-out). */
export async function stopWatcher(user: string): Promise<void> {
  const entry = registry.watchers.get(keyOf(user));
  registry.watchers.delete(keyOf(user));
  await entry?.watcher.stop();
}

/** Shutdown: logs every watcher out (new ones are refused from now on). */
export async function stopAllWatchers(): Promise<void> {
  const entries = [...registry.watchers.values()];
  registry.watchers.clear();
  await Promise.all(entries.map((entry) => entry.watcher.stop()));
}

onShutdown("sessions", "watchers", stopAllWatchers);

export interface WatcherStats {
  state: WatcherState;
  mailbox: string;
  idling: boolean;
  /** IMAP connections opened over the watcher's life: 1, plus one per reconnect. */
  connections: number;
}

/** What the user's watcher is doing, for tests and health checks; null when there is none. */
export function watcherStats(user: string): WatcherStats | null {
  const watcher = registry.watchers.get(keyOf(user))?.watcher;
  if (!watcher) return null;
  const { state, mailbox, idling, connections } = watcher;
  return { state, mailbox, idling, connections };
}

/** Stops the watchers whose users have had no event stream open for `idleStopMs`. */
export function sweepWatchers(now = Date.now()): void {
  for (const [key, entry] of registry.watchers) {
    if (subscriberCount(entry.watcher.credentials.user) > 0) entry.wantedAt = now;
    else if (now - entry.wantedAt >= registry.limits.idleStopMs) {
      registry.watchers.delete(key);
      void entry.watcher.stop();
    }
  }
}

function startSweeper(): void {
  if (registry.sweeper) return;
  const every = Math.min(5_000, Math.max(50, registry.limits.idleStopMs / 4));
  registry.sweeper = setInterval(() => sweepWatchers(), every);
  registry.sweeper.unref();
}
