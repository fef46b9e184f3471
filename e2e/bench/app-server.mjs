// The production build and `npm start` (node server.mjs) on 127.0.0.1, started the way
// playwright.config.ts does;
// plus the resident memory of its process tree read from /proc.
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(new URL("../..", import.meta.url).pathname);
const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "server",
  "server.mjs",
  "proxy.ts",
  "package.json",
  "package-lock.json",
];
const CONFIGS = [
  "next.config.mjs",
  "next.config.ts",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
];

function newestMtime(p) {
  let stat;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

/** Runs `npm run build` when .next/BUILD_ID is missing or older than any source; returns seconds. */
export function buildIfNeeded(log) {
  const id = path.join(ROOT, ".next", "BUILD_ID");
  const built = fs.existsSync(id) ? fs.statSync(id).mtimeMs : 0;
  const sources = Math.max(...[...SOURCES, ...CONFIGS].map((p) => newestMtime(path.join(ROOT, p))));
  if (built > sources) return 0;
  log(
    built ? "sources changed since the last build: npm run build" : "no build yet: npm run build",
  );
  const t0 = Date.now();
  execFileSync("npm", ["run", "build"], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return Math.round((Date.now() - t0) / 100) / 10;
}

/** Starts `npm start`'s server on 127.0.0.1:port; resolves once it listens and answers /login. */
export async function startServer(stack, port, authSecret = randomBytes(32).toString("base64")) {
  const env = {
    ...process.env,
    IMAP_URL: `imap://127.0.0.1:${stack.ports.imap}`,
    SMTP_URL: `smtp://127.0.0.1:${stack.ports.submission}`,
    MAIL_TLS_CA: path.join(stack.base, "ssl", "cert.pem"),
    AUTH_SECRET: authSecret,
    HOST: "127.0.0.1",
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: "1",
    TEGAMI_AUTHSERV_ID: "mx.example.test",
  };
  // `node server.mjs` is what `npm start` runs (without npm between, so the PID is the server's).
  const child = spawn(process.execPath, ["server.mjs"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = `http://127.0.0.1:${port}`;
  // The server logs {"event":"listening"} once it listens; its exit or a minute of silence fails.
  await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the server did not get ready on ${url}`)),
      60_000,
    );
    const onData = (chunk) => {
      output = (output + chunk).slice(-4000);
      if (/"event":"listening"/.test(output)) {
        clearTimeout(timer);
        child.off("exit", onExit);
        resolve();
      }
    };
    const onExit = (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited ${code}: ${output}`));
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", onExit);
  });
  // Keep draining the pipes, or a chatty server would block on a full one.
  child.stdout.resume();
  child.stderr.resume();
  const probe = await fetch(`${url}/login`);
  if (!probe.ok) throw new Error(`the server answered /login with ${probe.status}`);
  return {
    url,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

function childrenOf(pid) {
  const out = [];
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) out.push(Number(name));
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

/** Resident memory (MiB) of the server process and its descendants, from /proc/<pid>/status. */
export function residentMemory(pid) {
  const pids = [pid];
  for (let i = 0; i < pids.length; i += 1) pids.push(...childrenOf(pids[i]));
  let kib = 0;
  for (const p of pids) {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"));
      kib += m ? Number(m[1]) : 0;
    } catch {
      // the process ended meanwhile
    }
  }
  return { mib: Math.round(kib / 102.4) / 10, processes: pids.length };
}
