// node e2e/mailstack/seed.mjs --user alice@example.test --count 10000 [--folder INBOX]
//   [--method maildir|imap] [--reset] [--seed 42] [--end 2026-11-01T12:00:00Z] [--years 3]
//   [--large-every 2000] [--conns 2] [--base /tmp/tegami-mailstack]
//
// Fills one mailbox with realistic, reproducible messages (same arguments => same bytes); see
// generator.mjs for what is generated. `--count 100000` works with --method maildir (the
// benchmark size, ~1 min). For the exact data the test suite expects, use seed-test-data.mjs.
import { DEFAULT_BASE, fullUser, loadStack, now, parseArgs } from "./lib.mjs";
import { seedMailbox } from "./seed-mailbox.mjs";

const args = parseArgs(process.argv.slice(2), {
  base: process.env.MAILSTACK_BASE || DEFAULT_BASE,
  folder: "INBOX",
  count: "1000",
  method: "maildir",
  seed: "42",
  end: "2026-11-01T12:00:00Z",
  years: "3",
  "large-every": "2000",
  conns: "2",
});
if (!args.user || args.user === true) {
  console.error(
    "usage: node e2e/mailstack/seed.mjs --user alice@example.test --count 10000 [--folder INBOX] [--method maildir|imap] [--reset]",
  );
  process.exit(2);
}

const stack = loadStack(args.base);
const opts = {
  user: fullUser(stack, args.user),
  folder: String(args.folder),
  count: parseInt(args.count, 10),
  method: String(args.method),
  reset: Boolean(args.reset),
  seed: String(args.seed),
  end: String(args.end),
  years: parseFloat(args.years),
  largeEvery: parseInt(args["large-every"], 10),
  conns: parseInt(args.conns, 10),
};
if (!(opts.count >= 0)) throw new Error(`bad --count ${args.count}`);

const t0 = now();
const r = await seedMailbox(stack, opts);
const totalMs = now() - t0;
const sec = (ms) => +(ms / 1000).toFixed(2);
console.log(
  JSON.stringify({
    user: opts.user,
    folder: opts.folder,
    count: opts.count,
    method: opts.method,
    seed: opts.seed,
    seconds: {
      total: sec(totalMs),
      generate: sec(r.genMs),
      write: sec(r.writeMs),
      dovecotIndex: sec(r.indexMs),
    },
    megabytes: +(r.bytes / 1048576).toFixed(1),
    messagesPerSecond: Math.round(opts.count / (totalMs / 1000)),
    status: r.status,
  }),
);
