// seedMailbox(): fill one mailbox of the test stack with generated messages.
//   method "maildir" (fast, root): files straight into the Maildir cur/ (tmp/ + rename, flags in
//     the name, INTERNALDATE = mtime, S=/W= sizes so Dovecot need not stat them), then
//     `doveadm mailbox status` makes Dovecot index them (timed separately).
//   method "imap": pipelined APPEND with LITERAL+ over `conns` connections.
import fs from "node:fs";
import path from "node:path";
import { createGenerator } from "./generator.mjs";
import { doveadm, now, passwordFor } from "./lib.mjs";
import { imapDate, quoteImap, rawImapConnect } from "./raw-imap.mjs";

const MAILDIR_FLAG = { "\\Seen": "S", "\\Flagged": "F", "\\Answered": "R", "\\Draft": "D" };

function ensureFolder(stack, user, folder, reset) {
  doveadm(stack, "mailbox", "status", "-u", user, "messages", "INBOX"); // creates the Maildir
  const isInbox = folder.toUpperCase() === "INBOX";
  if (!isInbox) {
    try {
      doveadm(stack, "mailbox", "create", "-s", "-u", user, folder);
    } catch (e) {
      if (!/exists/i.test(String(e.stderr || e.message))) throw e;
    }
  }
  if (!reset) return;
  if (isInbox) doveadm(stack, "expunge", "-u", user, "mailbox", folder, "all");
  else {
    doveadm(stack, "mailbox", "delete", "-u", user, folder);
    doveadm(stack, "mailbox", "create", "-s", "-u", user, folder);
  }
}

function statusOf(stack, user, folder) {
  const flow = doveadm(
    stack,
    "-f",
    "flow",
    "mailbox",
    "status",
    "-u",
    user,
    "messages uidnext vsize",
    folder,
  );
  return Object.fromEntries(flow.split(" ").map((kv) => kv.split("=")));
}

async function writeMaildir(stack, { user, folder, count, gen, flagsFor, progress }) {
  const dir = doveadm(stack, "mailbox", "path", "-u", user, folder);
  let genMs = 0;
  let bytes = 0;
  const t0 = now();
  // write as the mail uid/gid so Dovecot owns everything
  process.setegid(stack.mailGid);
  process.seteuid(stack.mailUid);
  try {
    for (const d of ["cur", "new", "tmp"])
      fs.mkdirSync(path.join(dir, d), { recursive: true, mode: 0o700 });
    for (let i = 0; i < count; i++) {
      const g0 = now();
      const m = gen.makeMessage(i);
      const flags = flagsFor ? flagsFor(i, m.flags) : m.flags;
      const buf = Buffer.from(m.raw, "latin1");
      genMs += now() - g0;
      let lines = 0;
      for (let j = buf.indexOf(10); j !== -1; j = buf.indexOf(10, j + 1)) lines++;
      const fl = flags
        .map((f) => MAILDIR_FLAG[f])
        .filter(Boolean)
        .sort()
        .join("");
      // "<unix time>." first: Dovecot assigns UIDs in file-name order, so UID order == date order
      const name = `${m.ts}.M${String(i).padStart(7, "0")}P${process.pid}.seed,S=${buf.length},W=${buf.length + lines}`;
      const tmp = path.join(dir, "tmp", name);
      fs.writeFileSync(tmp, buf, { mode: 0o600 });
      fs.utimesSync(tmp, m.ts, m.ts);
      fs.renameSync(tmp, path.join(dir, "cur", `${name}:2,${fl}`));
      bytes += buf.length;
      if ((i + 1) % 10000 === 0) progress(`  wrote ${i + 1}/${count}`);
    }
  } finally {
    process.seteuid(0);
    process.setegid(0);
  }
  const writeMs = now() - t0;
  const t1 = now();
  const status = statusOf(stack, user, folder); // Dovecot scans cur/, assigns UIDs, builds its index
  return { writeMs, genMs, indexMs: now() - t1, bytes, status };
}

async function writeImap(stack, { user, folder, count, gen, flagsFor, conns: nconn, progress }) {
  const WINDOW = 64;
  const conns = [];
  for (let c = 0; c < nconn; c++) {
    const k = await rawImapConnect(stack.host, stack.ports.imap);
    await k.cmd(`LOGIN ${quoteImap(user)} ${quoteImap(passwordFor(user))}`).p;
    conns.push(k);
  }
  await conns[0].cmd(`CREATE ${quoteImap(folder)}`).p.catch(() => {});
  const t0 = now();
  let genMs = 0;
  let bytes = 0;
  const failures = [];
  for (let i = 0; i < count; i++) {
    const g0 = now();
    const m = gen.makeMessage(i);
    const flags = flagsFor ? flagsFor(i, m.flags) : m.flags;
    const lit = Buffer.from(m.raw.replace(/\n/g, "\r\n"), "latin1");
    genMs += now() - g0;
    bytes += lit.length;
    // round-robin: UIDs interleave between connections but stay date-ordered within ~nconn*WINDOW
    const k = conns[i % nconn];
    while (k.inflight() >= WINDOW) await k.nextDone();
    const { p, flushed } = k.cmd(
      `APPEND ${quoteImap(folder)} (${flags.join(" ")}) "${imapDate(m.ts)}"`,
      lit,
    );
    p.catch((e) => failures.push(e.message));
    if (!flushed) await k.drain();
    if ((i + 1) % 10000 === 0) progress(`  appended ${i + 1}/${count}`);
  }
  await Promise.all(
    conns.map(async (k) => {
      while (k.inflight()) await k.nextDone();
    }),
  );
  if (failures.length) throw new Error(`${failures.length} APPENDs failed, first: ${failures[0]}`);
  const writeMs = now() - t0;
  for (const k of conns) {
    await k.cmd("LOGOUT").p.catch(() => {});
    k.close();
  }
  let status = null;
  if (process.getuid() === 0) status = statusOf(stack, user, folder);
  return { writeMs, genMs, indexMs: 0, bytes, status };
}

/**
 * Seeds `count` generated messages into `folder` of `user`. `flagsFor(i, flags)` may override
 * the generated flags of message i (0 = oldest). Returns timings (ms) and Dovecot's status.
 */
export async function seedMailbox(stack, opts) {
  const o = {
    folder: "INBOX",
    method: "maildir",
    seed: "42",
    end: "2026-11-01T12:00:00Z",
    years: 3,
    largeEvery: 2000,
    conns: 2,
    reset: false,
    progress: (line) => process.stderr.write(line + "\n"),
    ...opts,
  };
  const gen = createGenerator({ ...o, domain: stack.domain });
  const root = process.getuid() === 0;
  if (o.method === "maildir") {
    if (!root) throw new Error("--method maildir needs root (use --method imap otherwise)");
    ensureFolder(stack, o.user, o.folder, o.reset);
    return writeMaildir(stack, { ...o, gen });
  }
  if (o.method !== "imap") throw new Error(`unknown method ${o.method}`);
  if (root) ensureFolder(stack, o.user, o.folder, o.reset);
  else if (o.reset) throw new Error("--reset needs root (doveadm)");
  return writeImap(stack, { ...o, gen });
}
