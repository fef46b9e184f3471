// After `next build`: completes .next/standalone into a folder that runs on its own with
// `node server.mjs` (the Docker image copies just this folder). Next leaves out the static
// files and public/ on purpose (a CDN may serve them), and knows nothing of Tegami's entry.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const standalone = path.join(root, ".next", "standalone");
if (!fs.existsSync(path.join(standalone, ".next", "BUILD_ID"))) {
  console.error('No .next/standalone: run "next build" with output: "standalone" first.');
  process.exit(1);
}

const copy = (from, to) => {
  if (!fs.existsSync(path.join(root, from))) return;
  fs.rmSync(path.join(standalone, to), { recursive: true, force: true });
  fs.cpSync(path.join(root, from), path.join(standalone, to), { recursive: true });
};
copy(".next/static", ".next/static");
copy("public", "public");
copy("server.mjs", "server.mjs");
fs.mkdirSync(path.join(standalone, "server"), { recursive: true });
for (const name of fs.readdirSync(path.join(root, "server"))) {
  if (name.endsWith(".mjs") && !name.startsWith("assemble-")) {
    copy(path.join("server", name), path.join("server", name));
  }
}
// Next's own server.js would skip Tegami's logs and graceful shutdown: only server.mjs starts it.
fs.rmSync(path.join(standalone, "server.js"), { force: true });
console.log("standalone server ready: node .next/standalone/server.mjs");
