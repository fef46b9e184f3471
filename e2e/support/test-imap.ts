// The tests' own view of the test mail stack (e2e/mailstack): where it listens, who can sign in,
// and a raw imapflow client to set up and check mailboxes behind the app's back. Tests may
// talk IMAP directly; the app never constructs a client outside lib/imap.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ImapFlow, type SearchObject } from "imapflow";

export interface StackPorts {
  imap: number;
  imaps: number;
  submission: number;
  smtp: number;
  lmtp: number;
  auth: number;
}

export interface TestStack {
  base: string;
  host: string;
  ports: StackPorts;
  domain: string;
  /** Full addresses, e.g. "alice@example.test". */
  users: string[];
  /** The stack's self-signed certificate (PEM), for MAIL_TLS_CA. */
  cert: string;
  /** `imap://127.0.0.1:<imap port>` (STARTTLS offered), as the app's IMAP_URL. */
  imapUrl: string;
  /** `smtp://127.0.0.1:<submission port>`, as the app's SMTP_URL. */
  smtpUrl: string;
  /** "alice" or "alice@example.test" -> "alice@example.test" */
  address(user: string): string;
  password(user: string): string;
}

interface StackJson {
  base: string;
  host: string;
  ports: StackPorts;
  domain: string;
  users: string[];
  passwordPrefix: string;
  cert: string;
}

export const DEFAULT_MAILSTACK_BASE = "/tmp/tegami-mailstack";

export function mailstackBase(): string {
  return process.env.MAILSTACK_BASE || DEFAULT_MAILSTACK_BASE;
}

let cached: TestStack | undefined;

/** Reads $MAILSTACK_BASE/stack.json (written by e2e/mailstack/start.sh). */
export function testStack(): TestStack {
  if (cached && cached.base === path.resolve(mailstackBase())) return cached;
  const file = path.join(mailstackBase(), "stack.json");
  if (!fs.existsSync(file)) {
    throw new Error(`${file} not found: start the test mail stack first (npm run mailstack:start)`);
  }
  const s = JSON.parse(fs.readFileSync(file, "utf8")) as StackJson;
  const address = (user: string) => {
    const u = user.toLowerCase();
    return u.includes("@") ? u : `${u}@${s.domain}`;
  };
  cached = {
    base: s.base,
    host: s.host,
    ports: s.ports,
    domain: s.domain,
    users: s.users,
    cert: s.cert,
    imapUrl: `imap://${s.host}:${s.ports.imap}`,
    smtpUrl: `smtp://${s.host}:${s.ports.submission}`,
    address,
    password: (user) => s.passwordPrefix + address(user).split("@")[0],
  };
  return cached;
}

/**
 * The address the harness reports in IMAP ID (RFC 2971 x-originating-ip). The stack trusts
 * 127.0.0.0/8 (login_trusted_networks), so Dovecot's auth penalty after a wrong password in a
 * test never slows the harness's own logins, and the other way round.
 */
const HARNESS_IP = "192.0.2.250";

/** A connected, logged-in imapflow client for `user` (plain IMAP on loopback). */
export async function connectImap(user: string, password?: string): Promise<ImapFlow> {
  const stack = testStack();
  const client = new ImapFlow({
    host: stack.host,
    port: stack.ports.imap,
    secure: false,
    doSTARTTLS: false,
    auth: { user: stack.address(user), pass: password ?? stack.password(user) },
    clientInfo: { name: "tegami-test-harness", "x-originating-ip": HARNESS_IP },
    logger: false,
  });
  await client.connect();
  return client;
}

/** Runs `fn` with a fresh client for `user` and logs out afterwards. */
export async function withImap<T>(user: string, fn: (client: ImapFlow) => Promise<T>): Promise<T> {
  const client = await connectImap(user);
  try {
    return await fn(client);
  } finally {
    await client.logout().catch(() => client.close());
  }
}

/** APPENDs a raw RFC 5322 message (CRLF line ends) and returns its UID (UIDPLUS, RFC 4315). */
export async function appendMessage(
  user: string,
  mailbox: string,
  raw: Buffer,
  flags: string[] = [],
  date?: Date,
): Promise<number> {
  return withImap(user, async (client) => {
    const res = await client.append(mailbox, raw, flags, date);
    if (!res || !res.uid) throw new Error(`APPEND to ${mailbox} for ${user} returned no UID`);
    return res.uid;
  });
}

/** UIDs matching `query` (imapflow search syntax, e.g. `{ seen: false }`), ascending. */
export async function searchUids(
  user: string,
  mailbox: string,
  query: SearchObject,
): Promise<number[]> {
  return withImap(user, async (client) => {
    await client.mailboxOpen(mailbox, { readOnly: true });
    const uids = await client.search(query, { uid: true });
    if (!uids) throw new Error(`UID SEARCH ${JSON.stringify(query)} failed in ${mailbox}`);
    return [...uids].sort((a, b) => a - b);
  });
}

/** All UIDs of a mailbox, ascending. */
export async function mailboxUids(user: string, mailbox: string): Promise<number[]> {
  return searchUids(user, mailbox, { all: true });
}

/** UIDs of page `page` (1-based) when the mailbox is listed newest (highest UID) first. */
export async function pageUids(
  user: string,
  mailbox: string,
  page: number,
  pageSize = 50,
): Promise<number[]> {
  const desc = (await mailboxUids(user, mailbox)).reverse();
  return desc.slice((page - 1) * pageSize, page * pageSize);
}

/** The server's unseen count from STATUS (RFC 3501 §6.3.10). */
export async function unseenCount(user: string, mailbox: string): Promise<number> {
  return withImap(user, async (client) => {
    const status = await client.status(mailbox, { unseen: true });
    if (!status || status.unseen === undefined) throw new Error(`STATUS ${mailbox} failed`);
    return status.unseen;
  });
}

/** The flags of one message, e.g. ["\\Seen"]. */
export async function messageFlags(user: string, mailbox: string, uid: number): Promise<string[]> {
  return withImap(user, async (client) => {
    await client.mailboxOpen(mailbox, { readOnly: true });
    const msg = await client.fetchOne(String(uid), { uid: true, flags: true }, { uid: true });
    if (!msg) throw new Error(`UID ${uid} not found in ${mailbox}`);
    return [...(msg.flags ?? [])];
  });
}

/** Sets or clears flags on one message (UID STORE). */
export async function setFlags(
  user: string,
  mailbox: string,
  uid: number,
  change: { add?: string[]; remove?: string[] },
): Promise<void> {
  await withImap(user, async (client) => {
    await client.mailboxOpen(mailbox);
    if (change.add?.length) await client.messageFlagsAdd(String(uid), change.add, { uid: true });
    if (change.remove?.length)
      await client.messageFlagsRemove(String(uid), change.remove, { uid: true });
  });
}

export interface FixtureMailboxState {
  uidValidity: string;
  count: number;
  uids: number[];
  unseenUids: number[];
}

/** $MAILSTACK_BASE/fixtures.json, written by e2e/mailstack/seed-test-data.mjs. */
export interface FixturesManifest {
  version: 1;
  seededAt: string;
  runId: string;
  users: Record<
    string,
    {
      inbox: FixtureMailboxState;
      mailboxes: Record<string, { uid: number; subject: string; seen: boolean }[]>;
    }
  >;
}

export function loadFixtures(): FixturesManifest {
  const file = path.join(mailstackBase(), "fixtures.json");
  if (!fs.existsSync(file)) {
    throw new Error(`${file} not found: run node e2e/mailstack/seed-test-data.mjs first`);
  }
  return JSON.parse(fs.readFileSync(file, "utf8")) as FixturesManifest;
}

/**
 * The environment Tegami's configuration reads, pointed at the test stack (values already set,
 * e.g. by `npm test`, are kept): for integration tests that call lib/ directly.
 */
export function useTestStackEnv(stack: TestStack = testStack()): void {
  process.env.IMAP_URL ??= `imap://${stack.host}:${stack.ports.imap}`;
  process.env.SMTP_URL ??= `smtp://${stack.host}:${stack.ports.submission}`;
  process.env.MAIL_TLS_CA ??= stack.cert;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
}
