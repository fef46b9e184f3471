import "server-only";
import { sessionIdleSeconds } from "@/lib/auth/session-lifetime";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import { publish, subscriberCount } from "@/lib/realtime/event-hub";
import type { WatcherLeases } from "@/lib/realtime/watcher-leases";
import {
  WatcherConnection,
  type SettledState,
  type WatcherState,
  type WatcherTiming,
} from "@/lib/realtime/watcher-connection";
import { watcherTap } from "@/lib/realtime/watcher-event-tap";
import { samePath } from "@/lib/realtime/select-watched-mailbox";
import { isShuttingDown, onShutdown } from "@/server/lifecycle.mjs";
import { writeLog } from "@/server/log-line.mjs";

// One IMAP watcher per signed-in user, on a connection of its own (the pool's is shared by
// requests and moves between mailboxes). The mail page focuses it on the mailbox it shows; the
// event stream starts it; it logs out when nobody has listened for a while. Alone, a process
// watches for every user it serves. With leases (Redis), only the process holding the user's
// lease runs the watcher and the others stand by, ready to take over when it stops renewing;
// while leases cannot be had, every process watches for its own users again.

export interface WatcherLimits extends WatcherTiming {
  /** TEGAMI_MAX_WATCHERS: IMAP connections this process spends on live updates at most. */
  maxWatchers: number;
  /** A watcher whose user has had no open event stream for this long logs out. */
  idleStopMs: number;
  /** The same for a user with push subscriptions: the session's idle timeout. */
  pushIdleStopMs: number;
}

interface Entry {
  /** From the user's own request: a process can only watch for users it serves. */
  credentials: ImapCredentials;
  focused: string;
  /** When the user last had a stream open, or a page asked for the watcher. */
  wantedAt: number;
  watcher: WatcherConnection | null;
  /** The token of the user's lease while this process holds it. */
  token: string | null;
  /** Another process held the lease when last asked: taking it now is a takeover. */
  sawHolder: boolean;
  /** The lease decision in flight; they never overlap. */
  step: Promise<void> | null;
}

interface RegistryState {
  entries: Map<string, Entry>;
  limits: WatcherLimits;
  sweeper: ReturnType<typeof setInterval> | null;
  refusalWarnedAt: number;
  leases: WatcherLeases | null;
  leaseTimer: ReturnType<typeof setInterval> | null;
}

function envCount(name: string, fallback: number): number {
  const value = Number(process.env[name] || Number.NaN);
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}

// globalThis keeps the watchers across module re-evaluation in `next dev`, so none leaks.
const globalRegistry = globalThis as typeof globalThis & { __tegamiWatchers?: RegistryState };
const registry: RegistryState = (globalRegistry.__tegamiWatchers ??= {
  entries: new Map(),
  limits: {
    maxWatchers: envCount("TEGAMI_MAX_WATCHERS", 500),
    idleStopMs: 60_000,
    pushIdleStopMs: sessionIdleSeconds * 1000,
    pollMs: 4_000,
    reconnectMinMs: 200,
    reconnectMaxMs: 10_000,
    autoIdleDelayMs: 50,
  },
  sweeper: null,
  refusalWarnedAt: 0,
  leases: null,
  leaseTimer: null,
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
 * `elsewhere`: another process holds the user's lease and runs the watcher.
 */
export type WatcherStart = SettledState | "refused" | "elsewhere";

function keyOf(user: string): string {
  return user.toLowerCase();
}

function runningCount(): number {
  let count = 0;
  for (const entry of registry.entries.values()) if (entry.watcher) count += 1;
  return count;
}

function warnRefused(): void {
  if (Date.now() - registry.refusalWarnedAt < 60_000) return;
  registry.refusalWarnedAt = Date.now();
  writeLog("warn", "watchers.full", {
    maxWatchers: registry.limits.maxWatchers,
    note: "TEGAMI_MAX_WATCHERS reached: new users get no push of other clients' changes",
  });
}

/** Leaves the registry: logs out and gives the lease up for another process to take. */
function remove(key: string, entry: Entry): Promise<void> {
  if (registry.entries.get(key) === entry) registry.entries.delete(key);
  const { watcher, token } = entry;
  entry.watcher = null;
  entry.token = null;
  const released = token
    ? registry.leases?.release(entry.credentials.user, token).catch(() => {})
    : undefined;
  return Promise.all([watcher?.stop(), released]).then(() => {});
}

/** The password was refused: nobody can watch with it, so the user leaves the registry. */
function forget(watcher: WatcherConnection): void {
  const key = keyOf(watcher.credentials.user);
  const entry = registry.entries.get(key);
  if (entry?.watcher === watcher) void remove(key, entry);
}

function run(entry: Entry, { takeover = false } = {}): void {
  // Shutting down: the watchers are being logged out, and no new one may start.
  if (entry.watcher || isShuttingDown()) return;
  if (runningCount() >= registry.limits.maxWatchers) return warnRefused();
  const watcher = new WatcherConnection(entry.credentials, entry.focused, registry.limits, forget);
  entry.watcher = watcher;
  startSweeper();
  // Changes made while no process watched (the holder died) went unseen: clients refetch.
  if (takeover) {
    void watcher.ready().then((state) => {
      if (state === "live") publish(entry.credentials.user, { type: "resync", mailbox: null });
    });
  }
}

function standBy(entry: Entry): void {
  const watcher = entry.watcher;
  entry.watcher = null;
  void watcher?.stop();
}

/** One lease decision: run the watcher, stand by, or (without leases) simply run it. */
async function leaseStep(key: string, entry: Entry): Promise<void> {
  const leases = registry.leases;
  const user = entry.credentials.user;
  const current = () => registry.entries.get(key) === entry;
  if (!leases?.up) return run(entry);
  try {
    if (entry.token && (await leases.renew(user, entry.token)))
      return current() ? run(entry) : undefined;
    entry.token = null;
    if (!entry.watcher && runningCount() >= registry.limits.maxWatchers) return warnRefused();
    const token = await leases.take(user);
    if (!current()) {
      if (token) await leases.release(user, token);
      return;
    }
    if (!token) {
      entry.sawHolder = true;
      return standBy(entry);
    }
    entry.token = token;
    entry.focused = (await leases.focusOf(user).catch(() => null)) ?? entry.focused;
    if (current()) run(entry, { takeover: entry.sawHolder });
    entry.sawHolder = false;
  } catch {
    // Redis failed mid-way: watch from here until leases can be had again.
    if (current()) run(entry);
  }
}

function decide(key: string, entry: Entry): Promise<void> {
  // leaseStep handles Redis errors itself; the catch only keeps a surprise from going unhandled.
  entry.step ??= leaseStep(key, entry)
    .catch(() => {})
    .finally(() => (entry.step = null));
  return entry.step;
}

function entryFor(credentials: ImapCredentials, mailbox: string): Entry {
  const key = keyOf(credentials.user);
  let entry = registry.entries.get(key);
  if (entry) {
    entry.wantedAt = Date.now();
    // The newest sign-in's password is the one a reconnect should use.
    entry.credentials = credentials;
    if (entry.watcher) entry.watcher.credentials = credentials;
    if (!entry.watcher && !entry.step) void decide(key, entry);
    return entry;
  }
  entry = {
    credentials,
    focused: mailbox,
    wantedAt: Date.now(),
    watcher: null,
    token: null,
    sawHolder: false,
    step: null,
  };
  registry.entries.set(key, entry);
  startSweeper();
  void decide(key, entry);
  return entry;
}

/** From now on run one watcher per user across processes through `leases` (null: per process). */
export function setWatcherLeases(leases: WatcherLeases | null): void {
  registry.leases = leases;
  if (registry.leaseTimer) clearInterval(registry.leaseTimer);
  registry.leaseTimer = null;
  if (!leases) return;
  leases.onFocus((user, mailbox) => {
    const entry = registry.entries.get(keyOf(user));
    if (!entry) return;
    entry.focused = mailbox;
    entry.watcher?.focus(mailbox);
  });
  registry.leaseTimer = setInterval(() => {
    for (const [key, entry] of registry.entries) void decide(key, entry);
  }, leases.renewMs);
  registry.leaseTimer.unref();
}

/** The mail page shows `mailbox`: watch it (starting the watcher if needed). Never throws. */
export function focusMailbox(credentials: ImapCredentials, mailbox: string): void {
  const entry = entryFor(credentials, mailbox);
  entry.focused = mailbox;
  entry.watcher?.focus(mailbox);
  // The watcher may run in another process: it hears of the focus through the leases.
  const leases = registry.leases;
  if (leases?.up) leases.shareFocus(credentials.user, mailbox).catch(() => {});
}

/** Starts the user's watcher if needed; resolves once its first connection attempt settled. */
export async function startWatcher(credentials: ImapCredentials): Promise<WatcherStart> {
  const entry = entryFor(credentials, "INBOX");
  await entry.step;
  if (entry.watcher) return entry.watcher.ready();
  return entry.sawHolder ? "elsewhere" : "refused";
}

/** Logs the user's watcher out (sign-out). */
export async function stopWatcher(user: string): Promise<void> {
  const entry = registry.entries.get(keyOf(user));
  if (entry) await remove(keyOf(user), entry);
}

/** Logs every watcher out and gives up their leases, so others take over at once (shutdown). */
export async function stopAllWatchers(): Promise<void> {
  await Promise.all([...registry.entries].map(([key, entry]) => remove(key, entry)));
}

onShutdown("sessions", "watchers", stopAllWatchers);

export interface WatcherStats {
  state: WatcherState;
  mailbox: string;
  idling: boolean;
  /** IMAP connections opened over the watcher's life: 1, plus one per reconnect. */
  connections: number;
}

/** What the user's watcher is doing, for tests and health checks; null when there is none here. */
export function watcherStats(user: string): WatcherStats | null {
  const watcher = registry.entries.get(keyOf(user))?.watcher;
  if (!watcher) return null;
  const { state, mailbox, idling, connections } = watcher;
  return { state, mailbox, idling, connections };
}

/**
 * Stops the watchers whose users have had no event stream open for `idleStopMs`. A user with
 * push notifications keeps theirs, on INBOX, until the session would have idled out anyway
 * (`pushIdleStopMs`): the password it uses is only ever in memory (docs/configuration.md).
 */
export function sweepWatchers(now = Date.now()): void {
  for (const [key, entry] of registry.entries) {
    const user = entry.credentials.user;
    if (subscriberCount(user) > 0) {
      entry.wantedAt = now;
      continue;
    }
    const push = watcherTap()?.keepWatching(user) ?? false;
    if (push && !samePath(entry.focused, "INBOX")) {
      entry.focused = "INBOX";
      entry.watcher?.focus("INBOX");
    }
    const idleStopMs = push ? registry.limits.pushIdleStopMs : registry.limits.idleStopMs;
    if (now - entry.wantedAt >= idleStopMs) void remove(key, entry);
  }
}

function startSweeper(): void {
  if (registry.sweeper) return;
  const every = Math.min(5_000, Math.max(50, registry.limits.idleStopMs / 4));
  registry.sweeper = setInterval(() => sweepWatchers(), every);
  registry.sweeper.unref();
}
