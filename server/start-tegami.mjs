// Tegami's HTTP server around Next's request handler (the documented custom-server API), for what
// `next start` cannot do: one JSON log line per request, and a shutdown that ends the live event
// streams and logs every IMAP session out before the process exits. The same file runs from the
// repository (`npm start`) and from the standalone output (.next/standalone, the Docker image).
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { isShuttingDown, runShutdownPhase } from "./lifecycle.mjs";
import { pathOf, writeLog } from "./log-line.mjs";

/** In-flight requests get this long to finish once the event streams are closed. */
const drainMs = 5_000;
/** LOGOUT of the IMAP sessions gets this long; a dead server must not hold the exit. */
const logoutMs = 2_000;

const within = (ms, promise) =>
  Promise.race([promise, new Promise((resolve) => setTimeout(resolve, ms).unref())]);

/**
 * The config the build resolved (as Next's own standalone server.js reads it): the standalone
 * folder has no next.config, and the build is what runs anyway.
 */
function builtConfig(dir) {
  const manifest = path.join(dir, ".next", "required-server-files.json");
  if (!fs.existsSync(manifest)) {
    throw new Error(`no production build in ${dir}: run "npm run build" first`);
  }
  return JSON.parse(fs.readFileSync(manifest, "utf8")).config;
}

function logRequests(handle, requests) {
  return (req, res) => {
    const started = process.hrtime.bigint();
    requests.add(res);
    // While shutting down, answers close their connection so keep-alive clients move on.
    if (isShuttingDown()) res.setHeader("Connection", "close");
    res.on("close", () => {
      requests.delete(res);
      writeLog("info", "request", {
        method: req.method,
        path: pathOf(req.url),
        status: res.statusCode,
        ms: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
        aborted: res.writableFinished ? undefined : true,
      });
    });
    handle(req, res).catch((error) => {
      writeLog("error", "request.error", { path: pathOf(req.url), error: String(error?.name) });
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  };
}

/**
 * Starts Next (production build, or `dev` with hot reload) behind a logging HTTP server on
 * host:port. Resolves once it listens, with its URL and a graceful `close()`.
 */
export async function startTegami({ dir, dev = false, host = "127.0.0.1", port = 3000 }) {
  process.env.NODE_ENV = dev ? "development" : "production";
  const conf = dev ? undefined : builtConfig(dir);
  if (conf) process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(conf);
  const { default: next } = await import("next");
  const app = next({ dev, dir, hostname: host, port, conf });
  await app.prepare();
  const requests = new Set();
  const server = http.createServer(logRequests(app.getRequestHandler(), requests));
  server.on("upgrade", app.getUpgradeHandler());
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const shown = host.includes(":") ? `[${host}]` : host;
  const url = `http://${shown}:${typeof address === "object" && address ? address.port : port}`;
  writeLog("info", "listening", { url, dev, pid: process.pid });

  let closing = null;
  /** Stop accepting; end event streams; let requests finish; LOGOUT from IMAP; stop Next. */
  const close = (reason) => {
    closing ??= (async () => {
      const began = Date.now();
      writeLog("info", "shutdown.start", { reason, requests: requests.size });
      const stopped = new Promise((resolve) => server.close(resolve));
      server.closeIdleConnections();
      await runShutdownPhase("streams");
      const deadline = Date.now() + drainMs;
      while (requests.size > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      const cut = requests.size;
      server.closeAllConnections();
      const failures = await within(logoutMs, runShutdownPhase("sessions"));
      // After the watchers gave their leases up (they need Redis for that): close Redis.
      await within(logoutMs, runShutdownPhase("shared"));
      await within(logoutMs, Promise.all([stopped, app.close()]));
      writeLog("info", "shutdown.done", {
        ms: Date.now() - began,
        unfinishedRequests: cut || undefined,
        hookErrors: failures?.length || undefined,
      });
    })();
    return closing;
  };
  return { url, server, close };
}
