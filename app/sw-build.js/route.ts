// GET /sw-build.js – this build's id and shell files, for the service worker (public/sw.js
// imports it). A new build changes this script, so the browser installs a new worker for it.
import { shellBuild } from "@/lib/pwa/shell-build";

export const dynamic = "force-dynamic";

export function GET(): Response {
  return new Response(`self.tegamiShell = ${JSON.stringify(shellBuild())};\n`, {
    headers: {
      "Content-Type": "application/javascript; charset=utf-8",
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
