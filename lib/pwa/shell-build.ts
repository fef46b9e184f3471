import "server-only";
import fs from "node:fs";
import path from "node:path";

/** What the service worker keeps of one build: its id and the files of its app shell. */
export interface ShellBuild {
  build: string;
  /** The offline page and every file under /_next/static of this build. */
  assets: string[];
}

/** The page the worker answers failed navigations with (app/offline). */
export const offlinePage = "/offline";

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

let read: ShellBuild | null | undefined;

/**
 * This build, read once from `.next` (the server runs in its folder, see server.mjs). Null in
 * development, where files change under the worker's feet and nothing should be cached.
 */
export function shellBuild(dir = process.cwd()): ShellBuild | null {
  if (read !== undefined) return read;
  read = null;
  if (process.env.NODE_ENV !== "production") return read;
  try {
    const next = path.join(dir, ".next");
    const build = fs.readFileSync(path.join(next, "BUILD_ID"), "utf8").trim();
    const staticDir = path.join(next, "static");
    const files = filesUnder(staticDir).map(
      (file) => `/_next/static/${path.relative(staticDir, file).split(path.sep).join("/")}`,
    );
    read = { build, assets: [offlinePage, ...files.sort()] };
  } catch {
    // No build to read (a bare `next start` elsewhere): no shell cache, mail still works online.
  }
  return read;
}
