// The floor: what a bare imapflow client needs for the same work on the same Dovecot, in the same
// run. Login uses STARTTLS as Tegami does on loopback; every figure is timed end to end per run.
import { imapClient } from "../mailstack/lib.mjs";
import { BENCH_USER } from "./ensure-stack.mjs";
import { now, repeat, sleep, timed } from "./stats.mjs";

const PAGE = 50;
const connect = async (stack) => {
  const client = imapClient(stack, BENCH_USER, { mode: "starttls" });
  await client.connect();
  return client;
};

async function fetchPage(client, exists, page) {
  const to = exists - (page - 1) * PAGE;
  const rows = await client.fetchAll(`${Math.max(1, to - PAGE + 1)}:${to}`, {
    uid: true,
    flags: true,
    envelope: true,
  });
  if (rows.length !== Math.min(PAGE, to)) throw new Error(`floor fetched ${rows.length} rows`);
}

/** The first body part of `type` in a BODYSTRUCTURE tree (a single-part message is part 1). */
function findPart(node, type) {
  if (node.childNodes) {
    for (const child of node.childNodes) {
      const found = findPart(child, type);
      if (found) return found;
    }
    return null;
  }
  return node.type === type ? node.part || "1" : null;
}

async function openMessage(client, uid, type) {
  const m = await client.fetchOne(String(uid), { uid: true, bodyStructure: true }, { uid: true });
  const part = findPart(m.bodyStructure, type);
  const d = await client.fetchOne(String(uid), { bodyParts: [part] }, { uid: true });
  return d.bodyParts.get(part)?.length ?? 0;
}

/** STORE \Seen on one connection; the time until a second connection in IDLE hears of it. */
async function storeToIdle(stack, uid, runs) {
  const a = await connect(stack);
  const b = await connect(stack);
  await a.mailboxOpen("INBOX");
  await b.mailboxOpen("INBOX");
  let waiter = null;
  b.on("flags", () => waiter?.());
  const heard = () =>
    Promise.race([new Promise((resolve) => (waiter = resolve)), sleep(5000).then(() => null)]);
  b.idle().catch(() => {});
  await sleep(300);
  const result = await repeat(runs, async () => {
    const { flags } = await a.fetchOne(String(uid), { flags: true }, { uid: true });
    const seen = !flags.has("\\Seen");
    const got = heard();
    const t0 = now();
    if (seen) await a.messageFlagsAdd(String(uid), ["\\Seen"], { uid: true });
    else await a.messageFlagsRemove(String(uid), ["\\Seen"], { uid: true });
    await got;
    const ms = now() - t0;
    await sleep(200);
    return ms;
  });
  await a.logout();
  await b.logout();
  return result;
}

/** Every floor figure for the bench mailboxes, `runs` times each. */
export async function measureFloor(stack, data, runs) {
  const { inbox, big, probes } = data;
  const floor = {};
  floor.login = await repeat(runs, async () => {
    const client = imapClient(stack, BENCH_USER, { mode: "starttls" });
    const ms = await timed(() => client.connect());
    await client.logout();
    return ms;
  });
  floor.loginSelectFetch50 = await repeat(runs, async () => {
    let client;
    const ms = await timed(async () => {
      client = await connect(stack);
      const mb = await client.mailboxOpen("INBOX");
      await fetchPage(client, mb.exists, 1);
    });
    await client.logout();
    return ms;
  });
  const c = await connect(stack);
  const select = async (mailbox) => {
    if (c.mailbox) await c.mailboxClose();
    return c.mailboxOpen(mailbox);
  };
  floor.select10k = await repeat(runs, () => timed(() => select(inbox.mailbox)));
  floor.select100k = await repeat(runs, () => timed(() => select(big.mailbox)));
  for (const [name, mb] of [
    ["10k", inbox],
    ["100k", big],
  ]) {
    const opened = await select(mb.mailbox);
    floor[`fetch50_${name}`] = await repeat(runs, () =>
      timed(() => fetchPage(c, opened.exists, 1)),
    );
    floor[`selectFetch50_${name}`] = await repeat(runs, () =>
      timed(async () => {
        const o = await select(mb.mailbox);
        await fetchPage(c, o.exists, 1);
      }),
    );
  }
  floor.selectFetchPage20 = await repeat(runs, () =>
    timed(async () => {
      const o = await select(inbox.mailbox);
      await fetchPage(c, o.exists, 20);
    }),
  );
  await select(inbox.mailbox);
  let htmlBytes = 0;
  floor.openPlain = await repeat(runs, () =>
    timed(() => openMessage(c, probes.plainUid, "text/plain")),
  );
  floor.openHtml = await repeat(runs, () =>
    timed(async () => (htmlBytes = await openMessage(c, probes.htmlUid, "text/html"))),
  );
  floor.openHtml.partBytes = htmlBytes;
  await c.logout();
  floor.storeToIdle = await storeToIdle(stack, probes.plainUid, runs);
  return floor;
}
