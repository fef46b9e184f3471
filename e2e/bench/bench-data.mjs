// The benchmark's mail, seeded once and reused: bench@ has a 10,000-message INBOX (plus two probe
// messages to open: a plain one and a ~300 KB HTML one) and a 100,000-message "Big" mailbox;
// bench1..bench50 have 100 messages each. A marker file remembers what was seeded; it is reused
// while Dovecot's STATUS (messages, UIDVALIDITY, UIDNEXT) still matches it.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { doveadm, imapClient } from "../mailstack/lib.mjs";
import { seedMailbox } from "../mailstack/seed-mailbox.mjs";
import { BENCH_USER, SIMULATED_USERS } from "./ensure-stack.mjs";
import { now } from "./stats.mjs";

const MARKER_VERSION = 1;
export const BIG_MAILBOX = "Big";
export const PLAIN_SUBJECT = "Bench: plain message";
export const HTML_SUBJECT = "Bench: large HTML newsletter";
export const HTML_END_TEXT = "End of the bench newsletter.";

const plan = [
  { user: BENCH_USER, mailbox: "INBOX", count: 10_000, probes: true },
  { user: BENCH_USER, mailbox: BIG_MAILBOX, count: 100_000 },
  ...SIMULATED_USERS.map((user) => ({ user, mailbox: "INBOX", count: 100 })),
];

function statusOf(stack, user, mailbox) {
  try {
    const line = doveadm(
      stack,
      ...["-f", "flow", "mailbox", "status", "-u", user, "messages uidnext uidvalidity", mailbox],
    );
    const s = Object.fromEntries(line.split(" ").map((kv) => kv.split("=")));
    return { messages: Number(s.messages), uidNext: Number(s.uidnext), uidValidity: s.uidvalidity };
  } catch {
    return null;
  }
}

const keyOf = (m) => `${m.user}/${m.mailbox}`;

function plainProbe() {
  const lines = Array.from(
    { length: 40 },
    (_, i) => `Line ${i + 1}: the quarterly figures are attached to the shared drive as before.`,
  );
  return {
    subject: PLAIN_SUBJECT,
    contentType: "text/plain; charset=utf-8",
    body: lines.join("\r\n"),
  };
}

function htmlProbe() {
  const block = (i) =>
    `<table role="presentation" width="100%" style="border-collapse:collapse;margin:0 0 16px 0">` +
    `<tr><td style="padding:12px;font-family:Arial,sans-serif;font-size:15px;color:#333;background:#f7f7f7">` +
    `<h2 style="margin:0 0 8px 0;font-size:18px;color:#0a4b78">Story ${i + 1}: what changed this week</h2>` +
    `<p style="margin:0 0 8px 0;line-height:1.5">Our teams shipped improvements to search, billing and ` +
    `the mobile apps. Read on for the details of story ${i + 1}, with figures, quotes and links.</p>` +
    `<p style="margin:0;line-height:1.5">Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do ` +
    `eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam.</p>` +
    `<a href="https://news.example.org/story/${i + 1}" style="color:#0a66c2">Read more</a>` +
    `</td></tr></table>\r\n`;
  const html =
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Newsletter</title></head>` +
    `<body style="margin:0;padding:0">\r\n` +
    Array.from({ length: 300 }, (_, i) => block(i)).join("") +
    `<p style="font-size:12px;color:#777">${HTML_END_TEXT}</p></body></html>\r\n`;
  return { subject: HTML_SUBJECT, contentType: "text/html; charset=utf-8", body: html };
}

function rawMessage({ subject, contentType, body }) {
  return (
    `From: Bench Sender <sender@example.org>\r\nTo: ${BENCH_USER}\r\nSubject: ${subject}\r\n` +
    `Date: ${new Date().toUTCString()}\r\nMessage-ID: <${randomBytes(8).toString("hex")}@bench>\r\n` +
    `MIME-Version: 1.0\r\nContent-Type: ${contentType}\r\nContent-Transfer-Encoding: 7bit\r\n\r\n` +
    `${body}\r\n`
  );
}

async function appendProbes(stack) {
  const client = imapClient(stack, BENCH_USER);
  await client.connect();
  try {
    const plain = await client.append("INBOX", rawMessage(plainProbe()), []);
    const html = await client.append("INBOX", rawMessage(htmlProbe()), []);
    return { plainUid: plain.uid, htmlUid: html.uid };
  } finally {
    await client.logout();
  }
}

function readMarker(file) {
  try {
    const marker = JSON.parse(fs.readFileSync(file, "utf8"));
    return marker.version === MARKER_VERSION ? marker : null;
  } catch {
    return null;
  }
}

/** Seeds what is missing or changed; returns the mailboxes and probe UIDs the figures use. */
export async function ensureBenchData(stack, log) {
  const file = path.join(stack.base, "bench-seed.json");
  const marker = readMarker(file) ?? { version: MARKER_VERSION, mailboxes: {}, probes: null };
  const t0 = now();
  const seeded = [];
  for (const m of plan) {
    const want = marker.mailboxes[keyOf(m)];
    const have = statusOf(stack, m.user, m.mailbox);
    const same =
      want &&
      have &&
      have.messages === want.messages &&
      have.uidNext === want.uidNext &&
      have.uidValidity === want.uidValidity;
    if (same) continue;
    log(`seeding ${m.count} messages into ${keyOf(m)}`);
    await seedMailbox(stack, {
      user: m.user,
      folder: m.mailbox,
      count: m.count,
      reset: true,
      progress: log,
    });
    if (m.probes) marker.probes = await appendProbes(stack);
    marker.mailboxes[keyOf(m)] = statusOf(stack, m.user, m.mailbox);
    seeded.push(keyOf(m));
    fs.writeFileSync(file, JSON.stringify(marker, null, 2) + "\n");
  }
  const inbox = marker.mailboxes[`${BENCH_USER}/INBOX`];
  const big = marker.mailboxes[`${BENCH_USER}/${BIG_MAILBOX}`];
  return {
    seconds: Math.round((now() - t0) / 100) / 10,
    seeded,
    inbox: { mailbox: "INBOX", messages: inbox.messages, newestUid: inbox.uidNext - 1 },
    big: { mailbox: BIG_MAILBOX, messages: big.messages, newestUid: big.uidNext - 1 },
    probes: marker.probes,
  };
}
