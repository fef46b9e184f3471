// Integration: the live-update watcher against the real Dovecot of e2e/mailstack. Another IMAP
// connection (the test harness, standing in for a phone or Thunderbird) changes carol's mail;
// the watcher must publish it to the hub. carol belongs to these tests: her INBOX is never seeded.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import type { ImapFlow } from "imapflow";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { kickUser } from "@/e2e/support/doveadm";
import { textMessage } from "@/e2e/support/mail-fixtures";
import {
  appendMessage,
  connectImap,
  setFlags,
  testStack,
  useTestStackEnv,
  withImap,
} from "@/e2e/support/test-imap";
import { subscribe } from "@/lib/realtime/event-hub";
import { eventStreamResponse } from "@/lib/realtime/event-stream";
import type { MailEvent } from "@/lib/realtime/mail-event";
import {
  configureWatchers,
  focusMailbox,
  startWatcher,
  stopWatcher,
  sweepWatchers,
  watcherStats,
} from "@/lib/realtime/mailbox-watcher";

const stack = testStack();
const carol = { user: "carol@example.test", pass: stack.password("carol@example.test") };
const INBOX = "INBOX";
const defaults = { pollMs: 4_000, idleStopMs: 60_000, reconnectMinMs: 200, maxWatchers: 500 };

/** The pids of the user's IMAP processes (`doveadm who -1`: one line per connection). */
function imapPids(user: string): Set<string> {
  const out = execFileSync(
    "doveadm",
    ["-c", `${stack.base}/dovecot/dovecot.conf`, "who", "-1", user],
    { encoding: "utf8" },
  );
  const lines = out.split("\n").filter((line) => line.startsWith(`${user} `));
  return new Set(lines.map((line) => line.split(/\s+/)[2] ?? ""));
}

interface Seen {
  at: number;
  event: MailEvent;
}

/** Every event the hub publishes for carol from now on, with the time it arrived. */
function recordEvents() {
  const seen: Seen[] = [];
  const subscription = subscribe(
    carol.user,
    null,
    (e) => seen.push({ at: now(), event: e.event }),
    () => {},
  );
  const waitFor = (match: (event: MailEvent) => boolean, timeout = 5_000) =>
    vi.waitFor(
      () => {
        const hit = seen.find((s) => match(s.event));
        if (!hit)
          throw new Error(
            `no matching event yet; seen: ${JSON.stringify(seen.map((s) => s.event))}`,
          );
        return hit;
      },
      { timeout, interval: 5 },
    );
  const indexOf = (match: (event: MailEvent) => boolean) => seen.findIndex((s) => match(s.event));
  return { seen, waitFor, indexOf, stop: subscription.unsubscribe };
}

let recorder: ReturnType<typeof recordEvents> | null = null;
function record() {
  recorder = recordEvents();
  return recorder;
}

const now = () => performance.now();
const message = (subject: string) =>
  textMessage({ subject, text: `${subject}\r\n`, to: carol.user });
const isFlags =
  (uid: number, has: string, mailbox = INBOX) =>
  (e: MailEvent) =>
    e.type === "flags" && e.mailbox === mailbox && e.uid === uid && e.flags.includes(has);
const isConnection = (state: string) => (e: MailEvent) =>
  e.type === "connection" && e.state === state;

async function inboxCounts(): Promise<{ messages: number; unseen: number }> {
  return withImap(carol.user, async (client) => {
    const status = await client.status(INBOX, { messages: true, unseen: true });
    if (!status) throw new Error("STATUS INBOX failed");
    return { messages: status.messages ?? -1, unseen: status.unseen ?? -1 };
  });
}

/** A harness connection with INBOX selected, so a STORE is timed without its login. */
async function harnessOnInbox(): Promise<ImapFlow> {
  const client = await connectImap(carol.user);
  await client.mailboxOpen(INBOX);
  return client;
}

const appended: { mailbox: string; uid: number }[] = [];
async function append(subject: string, mailbox = INBOX): Promise<number> {
  const uid = await appendMessage(carol.user, mailbox, message(subject));
  appended.push({ mailbox, uid });
  return uid;
}

beforeAll(async () => {
  useTestStackEnv(stack);
  configureWatchers(defaults);
  await stopWatcher(carol.user);
});

afterEach(() => {
  recorder?.stop();
  recorder = null;
  configureWatchers(defaults);
});

afterAll(async () => {
  await stopWatcher(carol.user);
  // Leave carol's INBOX as we found it: remove what these tests appended (and did not delete).
  await withImap(carol.user, async (client) => {
    for (const mailbox of new Set(appended.map((a) => a.mailbox))) {
      const uids = appended.filter((a) => a.mailbox === mailbox).map((a) => a.uid);
      const lock = await client.getMailboxLock(mailbox);
      try {
        await client.messageDelete(uids.join(","), { uid: true });
      } finally {
        lock.release();
      }
    }
  });
});

describe("the mailbox watcher", () => {
  it("IDLEs at once and pushes another client's flag changes within a second and a half", async () => {
    const uid = await append("Flag me");
    const harness = await harnessOnInbox();
    const events = record();
    try {
      const started = now();
      expect(await startWatcher(carol)).toBe("live");
      const connected = now();
      // imapflow's own auto-IDLE would wait 15 s.
      await expect
        .poll(() => watcherStats(carol.user)?.idling, { timeout: 1_000, interval: 5 })
        .toBe(true);
      const idling = now();

      const latencies: number[] = [];
      for (let run = 0; run < 5; run += 1) {
        const add = run % 2 === 0;
        const since = events.seen.length;
        const t0 = now();
        if (add) await harness.messageFlagsAdd(String(uid), ["\\Seen"], { uid: true });
        else await harness.messageFlagsRemove(String(uid), ["\\Seen"], { uid: true });
        const isNew = (e: MailEvent) => events.seen.findIndex((s) => s.event === e) >= since;
        const hit = await events.waitFor(
          (e) =>
            isNew(e) && e.type === "flags" && e.uid === uid && e.flags.includes("\\Seen") === add,
        );
        latencies.push(hit.at - t0);
        expect(hit.event).toEqual({
          type: "flags",
          mailbox: INBOX,
          uid,
          flags: add ? ["\\Seen"] : [],
        });
        // The counts that follow break IDLE for one STATUS; measure the next change from IDLE again.
        await events.waitFor((e) => isNew(e) && e.type === "counts");
        await expect.poll(() => watcherStats(carol.user)?.idling, { interval: 5 }).toBe(true);
      }
      console.log(
        `watcher: connected in ${Math.round(connected - started)} ms, IDLE ${Math.round(idling - connected)} ms later; ` +
          `flag change -> hub event (ms): ${latencies.map(Math.round).join(", ")}`,
      );
      for (const latency of latencies) expect(latency).toBeLessThan(1_500);
    } finally {
      await harness.logout();
    }
  });

  it("announces an APPEND by another client as added, then the new counts", async () => {
    expect(await startWatcher(carol)).toBe("live");
    const events = record();
    const uid = await append("New mail");
    const added = await events.waitFor((e) => e.type === "added" && e.uids.includes(uid));
    expect(added.event).toMatchObject({ type: "added", mailbox: INBOX });
    // Other tests may use carol's INBOX meanwhile: the last counts published must be the server's.
    await vi.waitFor(async () => {
      const counts = events.seen
        .slice(events.seen.indexOf(added))
        .filter((s) => s.event.type === "counts" && s.event.mailbox === INBOX);
      expect(counts.at(-1)?.event).toEqual({
        type: "counts",
        mailbox: INBOX,
        ...(await inboxCounts()),
      });
    });
  });

  it("reports an EXPUNGE and a MOVE by another client as expunged from INBOX", async () => {
    expect(await startWatcher(carol)).toBe("live");
    const events = record();
    const deleted = await append("Delete me");
    const moved = await append("Move me");
    await events.waitFor((e) => e.type === "added" && e.uids.includes(moved));
    await withImap(carol.user, async (client) => {
      await client.mailboxOpen(INBOX);
      await client.messageDelete(String(deleted), { uid: true });
      const result = await client.messageMove(String(moved), "Trash", { uid: true });
      const trashUid = result && result.uidMap?.get(moved);
      if (trashUid) appended.push({ mailbox: "Trash", uid: trashUid });
    });
    await events.waitFor((e) => e.type === "expunged" && e.uids.includes(deleted));
    await events.waitFor((e) => e.type === "expunged" && e.uids.includes(moved));
    const expunged = events.seen.filter((s) => s.event.type === "expunged").map((s) => s.event);
    for (const event of expunged) expect(event).toMatchObject({ mailbox: INBOX });
  });

  it("polls the other mailboxes: new mailboxes, their counts, and follows the mailbox shown", async () => {
    await stopWatcher(carol.user);
    configureWatchers({ pollMs: 250 });
    expect(await startWatcher(carol)).toBe("live");
    const events = record();
    const other = `Live ${randomBytes(3).toString("hex")}`;
    await withImap(carol.user, (client) => client.mailboxCreate(other));
    try {
      await events.waitFor((e) => e.type === "mailboxes");
      const uid = await append("Elsewhere", other);
      await events.waitFor(
        (e) => e.type === "counts" && e.mailbox === other && e.messages === 1 && e.unseen === 1,
      );

      focusMailbox(carol, other);
      await expect.poll(() => watcherStats(carol.user)?.mailbox).toBe(other);
      await expect.poll(() => watcherStats(carol.user)?.idling, { interval: 5 }).toBe(true);
      await setFlags(carol.user, other, uid, { add: ["\\Seen"] });
      await events.waitFor(isFlags(uid, "\\Seen", other));
      focusMailbox(carol, INBOX);
      await expect.poll(() => watcherStats(carol.user)?.mailbox).toBe(INBOX);
    } finally {
      await withImap(carol.user, (client) => client.mailboxDelete(other));
      appended.splice(0, appended.length, ...appended.filter((a) => a.mailbox !== other));
    }
    await vi.waitFor(() =>
      expect(events.seen.filter((s) => s.event.type === "mailboxes")).toHaveLength(2),
    );
  });

  it("reconnects after a kick and catches up on what changed while it was away", async () => {
    expect(await startWatcher(carol)).toBe("live");
    // Record first: outside IDLE the watcher reports new mail at once, before APPEND returns.
    const events = record();
    const flagged = await append("Flag me while away");
    const doomed = await append("Delete me while away");
    await events.waitFor((e) => e.type === "added" && e.uids.includes(doomed));
    // Long enough for the changes below to land while nothing is connected.
    configureWatchers({ reconnectMinMs: 1_500 });
    const before = watcherStats(carol.user)?.connections ?? 0;

    kickUser(carol.user);
    await events.waitFor(isConnection("reconnecting"));
    await setFlags(carol.user, INBOX, flagged, { add: ["\\Answered"] });
    await withImap(carol.user, async (client) => {
      await client.mailboxOpen(INBOX);
      await client.messageDelete(String(doomed), { uid: true });
    });
    const arrived = await append("Arrived while away");
    expect(watcherStats(carol.user)).toMatchObject({ state: "reconnecting", connections: before });

    await events.waitFor(isConnection("live"));
    expect(watcherStats(carol.user)).toMatchObject({ state: "live", connections: before + 1 });
    const order = [
      events.indexOf(isConnection("reconnecting")),
      events.indexOf(isFlags(flagged, "\\Answered")),
      events.indexOf((e) => e.type === "expunged" && e.uids.includes(doomed)),
      events.indexOf((e) => e.type === "added" && e.uids.includes(arrived)),
      events.indexOf(isConnection("live")),
    ];
    expect(order.every((index) => index >= 0)).toBe(true);
    expect(order[0]).toBe(Math.min(...order));
    expect(order[4]).toBe(Math.max(...order));
  });

  it("streams framed events over SSE, the first connection state included", async () => {
    const abort = new AbortController();
    const request = new Request("http://tegami.test/api/events", { signal: abort.signal });
    const response = eventStreamResponse(request, { email: carol.user, credentials: carol });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = "";
    const readUntil = async (needle: string) => {
      while (!text.includes(needle)) {
        const chunk = await reader.read();
        if (chunk.done) throw new Error(`stream ended before ${needle}`);
        text += chunk.value;
      }
    };
    await readUntil('"state":"live"');
    const uid = await append("Streamed");
    await readUntil(`"uids":[${uid}]`);
    expect(text).toMatch(
      new RegExp(
        `id: [\\w-]+\\nevent: mail\\ndata: \\{"type":"added","mailbox":"INBOX","uids":\\[${uid}\\]\\}\\n\\n`,
      ),
    );
    abort.abort();
    await expect(reader.read()).resolves.toMatchObject({ done: true });
  });

  it("logs out on stopWatcher", async () => {
    await stopWatcher(carol.user);
    const before = imapPids(carol.user);
    expect(await startWatcher(carol)).toBe("live");
    const watcherPids = [...imapPids(carol.user)].filter((pid) => !before.has(pid));
    expect(watcherPids.length).toBeGreaterThan(0);
    await stopWatcher(carol.user);
    expect(watcherStats(carol.user)).toBeNull();
    await vi.waitFor(() => {
      const pids = imapPids(carol.user);
      expect(watcherPids.filter((pid) => pids.has(pid))).toEqual([]);
    });
  });

  it("stays while someone listens and logs out 60 s after the last one left", async () => {
    const events = record();
    expect(await startWatcher(carol)).toBe("live");
    const t0 = Date.now();
    sweepWatchers(t0 + 120_000);
    expect(watcherStats(carol.user)?.state).toBe("live");
    events.stop();
    sweepWatchers(t0 + 120_000 + 59_000);
    expect(watcherStats(carol.user)?.state).toBe("live");
    sweepWatchers(t0 + 120_000 + 60_000);
    expect(watcherStats(carol.user)).toBeNull();
  });

  it("is swept by its own timer once nobody listens (idleStopMs configurable)", async () => {
    configureWatchers({ idleStopMs: 300 });
    const before = imapPids(carol.user);
    expect(await startWatcher(carol)).toBe("live");
    const watcherPids = [...imapPids(carol.user)].filter((pid) => !before.has(pid));
    expect(watcherPids.length).toBeGreaterThan(0);
    await expect.poll(() => watcherStats(carol.user), { timeout: 5_000 }).toBeNull();
    await vi.waitFor(() => {
      const pids = imapPids(carol.user);
      expect(watcherPids.filter((pid) => pids.has(pid))).toEqual([]);
    });
  });

  it("refuses watchers beyond TEGAMI_MAX_WATCHERS", async () => {
    await stopWatcher(carol.user);
    configureWatchers({ maxWatchers: 0 });
    await expect(startWatcher(carol)).resolves.toBe("refused");
    focusMailbox(carol, INBOX);
    expect(watcherStats(carol.user)).toBeNull();
  });
});
