import "server-only";
import { getConfig } from "@/lib/config/config";
import type { MailServer } from "@/lib/config/parse-server-url";
import { healthStatus, type ImapProbe } from "@/lib/health/health-status";
import { probeImapServer } from "@/lib/health/probe-imap-server";
import { writeLog } from "@/server/log-line.mjs";
import { isShuttingDown } from "@/server/lifecycle.mjs";

// Probes are cached for a few seconds: a load balancer polling every second must not turn into
// a connection storm on the mail server.
const cacheMs = 5_000;

interface ProbeCache {
  at: number;
  probes: Promise<ImapProbe[]> | null;
  /** Servers that failed the last probe, to log a change of state once, not every poll. */
  down: Set<string>;
}

const globalCache = globalThis as typeof globalThis & { __tegamiHealth?: ProbeCache };
const cache: ProbeCache = (globalCache.__tegamiHealth ??= { at: 0, probes: null, down: new Set() });

/** Every distinct IMAP server of the configuration: IMAP_URL and each domain's. */
function imapServers(): MailServer[] {
  const { fallback, domains } = getConfig();
  const all = [...domains.values(), ...(fallback ? [fallback] : [])].map(({ imap }) => imap);
  return [...new Map(all.map((imap) => [`${imap.host}:${imap.port}`, imap])).values()];
}

async function probeAll(): Promise<ImapProbe[]> {
  const servers = imapServers();
  const probes = await Promise.all(servers.map((server) => probeImapServer(server)));
  servers.forEach((server, i) => {
    const name = `${server.host}:${server.port}`;
    const reachable = probes[i]?.reachable ?? false;
    if (reachable === !cache.down.has(name)) return;
    if (reachable) cache.down.delete(name);
    else cache.down.add(name);
    writeLog(reachable ? "info" : "warn", "health.imap", { server: name, reachable });
  });
  return probes;
}

/** The answer of GET /api/health. */
export async function checkHealth(now = Date.now()) {
  if (isShuttingDown()) return healthStatus({ shuttingDown: true, probes: [] });
  if (!cache.probes || now - cache.at >= cacheMs) {
    cache.at = now;
    cache.probes = probeAll();
  }
  return healthStatus({ shuttingDown: isShuttingDown(), probes: await cache.probes });
}
