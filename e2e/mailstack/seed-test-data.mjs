// node e2e/mailstack/seed-test-data.mjs [--base /tmp/tegami-mailstack]
//
// Puts exactly what the test suite expects on the running test stack (idempotent, a few seconds,
// needs root like start.sh). What it creates is described in e2e/support/fixtures.mjs:
//   alice: INBOX = 300 generated messages (UIDs 1..300, oldest first) with a known unread set;
//          mailboxes "プロジェクト", "プロジェクト/議事録", "Work", "Work/Reports" with known
//          messages (created over IMAP, so the names travel as modified UTF-7);
//   bob:   INBOX = 20 generated messages.
// alice's and bob's mail is wiped first (fresh UIDVALIDITY, UIDs from 1); carol is left alone.
// The resulting UIDs are written to $MAILSTACK_BASE/fixtures.json.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import {
  ALICE,
  ALICE_INBOX_COUNT,
  BOB,
  BOB_INBOX_COUNT,
  MAILBOX_MESSAGES,
  aliceInboxUnread,
  bobInboxUnread,
} from "../support/fixtures.mjs";
import { DEFAULT_BASE, doveadm, imapClient, loadStack, now, parseArgs } from "./lib.mjs";
import { addr, b64lines, encWord, fmtDate } from "./mime.mjs";
import { seedMailbox } from "./seed-mailbox.mjs";

const args = parseArgs(process.argv.slice(2), { base: process.env.MAILSTACK_BASE || DEFAULT_BASE });
if (process.getuid() !== 0) throw new Error("seed-test-data.mjs needs root (like start.sh)");
const stack = loadStack(args.base);
const t0 = now();
const timings = {};
const lap = (name, since) => (timings[name] = +((now() - since) / 1000).toFixed(2));

/** Removes all of `user`'s mail so UIDs start again at 1 (after kicking any session). */
function wipe(user) {
  try {
    doveadm(stack, "kick", user);
  } catch {
    // nobody logged in
  }
  const [local, domain] = user.split("@");
  fs.rmSync(path.join(stack.base, "mail", domain, local), { recursive: true, force: true });
}

const withSeen = (unread) => (i, flags) => {
  const rest = flags.filter((f) => f !== "\\Seen");
  return unread(i) ? rest : [...rest, "\\Seen"];
};

/** A text/plain UTF-8 message with CRLF line ends, as a Buffer. */
function fixtureMessage(user, m, n) {
  const date = new Date(m.date);
  const headers = [
    `Message-ID: <fixture.${n}.${date.getTime()}@seed.${stack.domain}>`,
    `Date: ${fmtDate(date)}`,
    `From: ${addr(m.from.name, m.from.address)}`,
    `To: ${addr(
      user.split("@")[0].replace(/^./, (c) => c.toUpperCase()),
      user,
    )}`,
    `Subject: ${encWord(m.subject)}`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: base64",
  ];
  const body = b64lines(Buffer.from(m.text.replace(/\n/g, "\r\n") + "\r\n", "utf8"));
  return Buffer.from((headers.join("\n") + "\n\n" + body + "\n").replace(/\n/g, "\r\n"), "latin1");
}

async function inboxState(client) {
  const box = await client.mailboxOpen("INBOX", { readOnly: true });
  const uids = (await client.search({ all: true }, { uid: true })) || [];
  const unseen = (await client.search({ seen: false }, { uid: true })) || [];
  return { uidValidity: String(box.uidValidity), count: box.exists, uids, unseenUids: unseen };
}

// --- 1. wipe + bulk-generate the INBOXes (Maildir writer: ~0.3 s for 300) -------------------
let t = now();
wipe(ALICE);
wipe(BOB);
lap("wipe", t);
t = now();
const quiet = { largeEvery: 0, progress: () => {} };
await seedMailbox(stack, {
  ...quiet,
  user: ALICE,
  count: ALICE_INBOX_COUNT,
  flagsFor: withSeen(aliceInboxUnread),
});
await seedMailbox(stack, {
  ...quiet,
  user: BOB,
  count: BOB_INBOX_COUNT,
  flagsFor: withSeen(bobInboxUnread),
});
lap("generate", t);

// --- 2. alice's mailbox tree over IMAP (imapflow encodes modified UTF-7, RFC 3501 §5.1.3) ----
t = now();
const manifest = { version: 1, seededAt: new Date().toISOString(), runId: randomUUID(), users: {} };
const alice = imapClient(stack, ALICE);
await alice.connect();
const mailboxes = {};
let n = 0;
for (const [mailbox, messages] of Object.entries(MAILBOX_MESSAGES)) {
  await alice.mailboxCreate(mailbox);
  await alice.mailboxSubscribe(mailbox);
  const appended = [];
  for (const m of messages) {
    const flags = m.seen ? ["\\Seen"] : [];
    const res = await alice.append(mailbox, fixtureMessage(ALICE, m, n++), flags, new Date(m.date));
    if (!res || !res.uid) throw new Error(`APPEND to ${mailbox} returned no UID`);
    appended.push({ uid: res.uid, subject: m.subject, seen: m.seen });
  }
  mailboxes[mailbox] = appended;
}
manifest.users[ALICE] = { inbox: await inboxState(alice), mailboxes };
await alice.logout();

const bob = imapClient(stack, BOB);
await bob.connect();
manifest.users[BOB] = { inbox: await inboxState(bob), mailboxes: {} };
await bob.logout();
lap("imap", t);

// --- 3. check and write the manifest ------------------------------------------------------
const a = manifest.users[ALICE].inbox;
const expectedUnseen = Array.from({ length: ALICE_INBOX_COUNT }, (_, i) => i)
  .filter(aliceInboxUnread)
  .map((i) => i + 1);
if (a.count !== ALICE_INBOX_COUNT || a.unseenUids.join() !== expectedUnseen.join()) {
  throw new Error(
    `alice INBOX not as expected: ${a.count} messages, unseen ${a.unseenUids.join(",")}`,
  );
}
const out = path.join(stack.base, "fixtures.json");
fs.writeFileSync(out + ".tmp", JSON.stringify(manifest, null, 2) + "\n", { mode: 0o644 });
fs.renameSync(out + ".tmp", out);
timings.total = +((now() - t0) / 1000).toFixed(2);
console.log(
  `seed-test-data: alice INBOX ${a.count} (${a.unseenUids.length} unseen), ` +
    `${Object.keys(mailboxes).length} mailboxes; bob INBOX ${manifest.users[BOB].inbox.count}; ` +
    `${out}; seconds ${JSON.stringify(timings)}`,
);
