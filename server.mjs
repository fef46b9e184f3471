// `npm start`: serves the production build (`npm run build`) on HOST:PORT (127.0.0.1:3000 by
// default) with JSON logs on stdout; SIGTERM or SIGINT shuts it down gracefully (see
// server/start-tegami.mjs). Copied into .next/standalone by the build, where it runs the same way.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startTegami } from "./server/start-tegami.mjs";
import { writeLog } from "./server/log-line.mjs";

const dir = path.dirname(fileURLToPath(import.meta.url));
process.chdir(dir);
const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || "127.0.0.1";

try {
  const tegami = await startTegami({ dir, host, port });
  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.once(signal, () => {
      // Whatever happens, the process is gone a few seconds after the signal.
      setTimeout(() => process.exit(1), 10_000).unref();
      tegami.close(signal).then(() => process.exit(0));
    });
  }
} catch (error) {
  writeLog("error", "start.failed", { error: String(error?.message ?? error) });
  process.exit(1);
}
