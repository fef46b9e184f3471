// npm run bench [-- --runs 7] [--live-runs 10] [--load-seconds 10] [--quick] [--port 3900]
//   [--out bench-results.json]
// Tegami beside the IMAP floor (issue #6): starts the test mail stack if needed, seeds (once) a
// 10,000- and a 100,000-message mailbox, builds if the build is missing or stale, starts
// `npm start` on 127.0.0.1, measures, prints a table and writes JSON (+ Markdown for the README).
import fs from "node:fs";
import { parseArgs } from "../mailstack/lib.mjs";
import { buildIfNeeded, startServer } from "./app-server.mjs";
import { ensureBenchData } from "./bench-data.mjs";
import { launchBrowser, newContext, signedInPage } from "./browser-session.mjs";
import { measureBrowser } from "./browser-timings.mjs";
import { BENCH_USER, ensureStack } from "./ensure-stack.mjs";
import { measureFloor } from "./imap-floor.mjs";
import { measureLive } from "./live-changes.mjs";
import { machine, markdownTable, tableRows, textTable } from "./report.mjs";
import { measureServer } from "./server-load.mjs";

const args = parseArgs(process.argv.slice(2));
const quick = Boolean(args.quick);
const opts = {
  runs: Number(args.runs ?? (quick ? 3 : 7)),
  liveRuns: Number(args["live-runs"] ?? (quick ? 5 : 10)),
  gapMs: Number(args.gap ?? 1500),
  loadSeconds: Number(args["load-seconds"] ?? (quick ? 5 : 10)),
  loadMaxRequests: Number(args["load-max-requests"] ?? 20_000),
  port: Number(args.port ?? 3900),
  out: String(args.out ?? "bench-results.json"),
};
const started = Date.now();
const log = (line) =>
  process.stderr.write(
    `[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}\n`,
  );

const stack = await ensureStack(log);
const data = await ensureBenchData(stack, log);
log(`mailboxes ready (${data.seeded.length ? `seeded in ${data.seconds} s` : "cached"})`);
const buildSeconds = buildIfNeeded(log);

log(`floor: bare imapflow, ${opts.runs} runs each`);
const floor = await measureFloor(stack, data, opts.runs);

const browser = await launchBrowser();
const results = {
  date: new Date().toISOString(),
  machine: machine(browser.version()),
  options: opts,
  seedSeconds: data.seconds,
  buildSeconds,
  data,
  floor,
};
try {
  let server = await startServer(stack, opts.port);
  try {
    // One untimed sign-in, so "cold" means a new browser, not a server that never served a page.
    const warmUp = await newContext(browser, server.url);
    await signedInPage(warmUp, BENCH_USER, data.inbox.newestUid);
    await warmUp.close();
    log(`Tegami in Chromium, ${opts.runs} runs each`);
    results.browser = await measureBrowser(browser, server.url, data, opts.runs, log);
    log(`live changes, ${opts.liveRuns} runs each`);
    results.live = await measureLive(browser, stack, server.url, data, opts.liveRuns, opts.gapMs);
  } finally {
    await server.stop();
  }
  log("server figures on a fresh server");
  server = await startServer(stack, opts.port + 1);
  try {
    results.server = await measureServer(browser, stack, server, opts, log);
  } finally {
    await server.stop();
  }
} finally {
  await browser.close();
}
results.machine.loadAverageAtEnd = (await import("node:os"))
  .loadavg()
  .map((x) => Math.round(x * 10) / 10);
results.totalSeconds = Math.round((Date.now() - started) / 1000);
const rows = tableRows(results);
results.table = rows;
fs.writeFileSync(opts.out, JSON.stringify(results, null, 2) + "\n");
fs.writeFileSync(opts.out.replace(/\.json$/, "") + ".md", markdownTable(rows) + "\n");
const m = results.machine;
console.log(
  `\nTegami benchmark, ${results.date}: ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB, Node ${m.node}, Chromium ${m.chromium}`,
);
console.log(
  `${opts.runs} runs per figure (live: ${opts.liveRuns}); with fewer than 20 runs the p95 is the slowest run.\n`,
);
console.log(textTable(rows));
console.log(`\nwritten to ${opts.out} (and .md); ${results.totalSeconds} s in all`);
