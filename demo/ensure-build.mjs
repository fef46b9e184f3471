// `npm run demo` on a fresh clone: build once, and again only when the sources are newer than
// the build (a pull, an edit), so a second start takes seconds.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const sources = [
  "app",
  "components",
  "lib",
  "public",
  "instrumentation.ts",
  "proxy.ts",
  "package.json",
  "package-lock.json",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
];

function newestMtime(file) {
  let stat;
  try {
    stat = fs.statSync(file);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(file)) {
    newest = Math.max(newest, newestMtime(path.join(file, name)));
  }
  return newest;
}

/** Why a build is needed ("no build yet", "sources changed"), or null when it is current. */
export function buildNeeded(root) {
  const id = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(id)) return "no build yet";
  const built = fs.statSync(id).mtimeMs;
  const changed = Math.max(...sources.map((name) => newestMtime(path.join(root, name))));
  return changed > built ? "the sources changed since the last build" : null;
}

/** Runs `npm run build`'s two steps with this Node, its output on the terminal. */
export function build(root) {
  const run = (...args) =>
    execFileSync(process.execPath, args, {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    });
  run("node_modules/next/dist/bin/next", "build");
  run("server/assemble-standalone.mjs");
}
