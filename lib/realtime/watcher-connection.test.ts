// The watcher's connection lifecycle against a scripted stand-in for imapflow: reconnect backoff,
// the QRESYNC catch-up, and what a changed password does. The real server is in the
// integration test; these are the paths a real server makes hard to reach on purpose.
import { EventEmitter } from "node:events";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ImapClient } from "@/lib/imap/create-imap-client";
import { closeUserStreams, subscribe } from "@/lib/realtime/event-hub";
import type { MailEvent } from "@/lib/realtime/mail-event";
import type { CreateClient } from "@/lib/realtime/reconnecting-client";
import { WatcherConnection } from "@/lib/realtime/watcher-connection";

const user = "watcher-unit@example.test";
const timing = { pollMs: 60_000, reconnectMinMs: 200, reconnectMaxMs: 1_000, autoIdleDelayMs: 50 };

interface Script {
  connect?: () => Promise<void>;
  /** What SELECT reports; `during` runs while it is in flight (QRESYNC FETCH / VANISHED). */
  select?: {
    uidValidity: bigint;
    uidNext: number;
    highestModseq: bigint;
    during?: (c: FakeClient) => void;
  };
  newUids?: number[];
}

class FakeClient extends EventEmitter {
  enabled = new Set(["CONDSTORE", "QRESYNC"]);
  mailbox: false | { path: string; uidValidity: bigint; uidNext: number; highestModseq: bigint } =
    false;
  idling = false;
  usable = false;
  opened: unknown[] = [];

  constructor(private readonly script: Script) {
    super();
  }
  async connect() {
    await (this.script.connect?.() ?? Promise.resolve());
    this.usable = true;
  }
  async mailboxOpen(path: string, options: unknown) {
    this.opened.push(options);
    const select = this.script.select ?? { uidValidity: 1n, uidNext: 10, highestModseq: 50n };
    select.during?.(this);
    this.mailbox = { path, ...select };
    return this.mailbox;
  }
  async list() {
    return [{ path: "INBOX", status: { messages: 3, unseen: 1 } }];
  }
  async status() {
    return { messages: 3, unseen: 1 };
  }
  async fetchAll() {
    return (this.script.newUids ?? []).map((uid) => ({ uid }));
  }
  async logout() {
    this.close();
  }
  close() {
    if (!this.usable) return;
    this.usable = false;
    this.mailbox = false;
    this.emit("close");
  }
}

let seen: MailEvent[] = [];
let unsubscribe = () => {};
let clients: FakeClient[] = [];
let watcher: WatcherConnection | null = null;

/** A watcher whose n-th connection follows scripts[n] (the last one repeats). */
function watch(scripts: Script[]) {
  const createClient = vi.fn(() => {
    const client = new FakeClient(scripts[Math.min(clients.length, scripts.length - 1)] ?? {});
    clients.push(client);
    return client as unknown as ImapClient;
  });
  const onStopped = vi.fn();
  watcher = new WatcherConnection(
    { user, pass: "secret" },
    "INBOX",
    timing,
    onStopped,
    createClient as unknown as CreateClient,
  );
  return { watcher, createClient, onStopped };
}

beforeEach(() => {
  vi.useFakeTimers();
  seen = [];
  clients = [];
  unsubscribe = subscribe(
    user,
    null,
    (e) => seen.push(e.event),
    () => {},
  ).unsubscribe;
});

afterEach(async () => {
  unsubscribe();
  await watcher?.stop();
  closeUserStreams(user);
  vi.useRealTimers();
});

const refused = () => Promise.reject(Object.assign(new Error("refused"), { code: "ECONNREFUSED" }));
const wrongPassword = () =>
  Promise.reject(Object.assign(new Error("no"), { authenticationFailed: true }));

describe("WatcherConnection", () => {
  it("goes live quietly on a first connection", async () => {
    const { watcher } = watch([{}]);
    await expect(watcher.ready()).resolves.toBe("live");
    expect(seen).toEqual([]);
    expect(clients[0]?.opened).toEqual([{ readOnly: true }]);
  });

  it("retries with a doubling backoff, capped, and says so once", async () => {
    const { watcher, createClient } = watch([{ connect: refused }]);
    await expect(watcher.ready()).resolves.toBe("reconnecting");
    for (const delay of [200, 400, 800, 1_000, 1_000]) {
      const calls = createClient.mock.calls.length;
      await vi.advanceTimersByTimeAsync(delay - 1);
      expect(createClient).toHaveBeenCalledTimes(calls);
      await vi.advanceTimersByTimeAsync(1);
      expect(createClient).toHaveBeenCalledTimes(calls + 1);
    }
    expect(seen).toEqual([{ type: "connection", state: "reconnecting" }]);
  });

  it("survives an imapflow 'error' event", async () => {
    const { watcher } = watch([{}]);
    await watcher.ready();
    expect(() => clients[0]?.emit("error", new Error("socket hang up"))).not.toThrow();
  });

  it("catches up with QRESYNC after the server dropped it", async () => {
    const first = { select: { uidValidity: 7n, uidNext: 10, highestModseq: 50n } };
    const second: Script = {
      select: {
        uidValidity: 7n,
        uidNext: 13,
        highestModseq: 60n,
        during: (client) => {
          client.emit("flags", {
            path: "INBOX",
            seq: 2,
            uid: 4,
            modseq: 55n,
            flags: new Set(["\\Seen"]),
          });
          // A message that arrived and got a flag during the outage: `added` announces it.
          client.emit("flags", { path: "INBOX", seq: 9, uid: 11, modseq: 56n, flags: new Set() });
          client.emit("expunge", { path: "INBOX", uid: 5, vanished: true, earlier: true });
          client.emit("expunge", { path: "INBOX", uid: 6, vanished: true, earlier: true });
        },
      },
      newUids: [11, 12],
    };
    const { watcher } = watch([first, second]);
    await watcher.ready();
    clients[0]?.close();
    await vi.advanceTimersByTimeAsync(200);
    await vi.waitFor(() => expect(watcher.state).toBe("live"));

    expect(clients[1]?.opened).toEqual([{ readOnly: true, uidValidity: 7n, changedSince: 50n }]);
    expect(seen).toEqual([
      { type: "connection", state: "reconnecting" },
      { type: "flags", mailbox: "INBOX", uid: 4, flags: ["\\Seen"] },
      { type: "expunged", mailbox: "INBOX", uids: [5, 6] },
      { type: "added", mailbox: "INBOX", uids: [11, 12] },
      { type: "counts", mailbox: "INBOX", messages: 3, unseen: 1 },
      { type: "connection", state: "live" },
    ]);
  });

  it("asks clients to resync when UIDVALIDITY changed meanwhile", async () => {
    const { watcher } = watch([
      { select: { uidValidity: 7n, uidNext: 10, highestModseq: 50n } },
      { select: { uidValidity: 8n, uidNext: 3, highestModseq: 2n } },
    ]);
    await watcher.ready();
    clients[0]?.close();
    await vi.advanceTimersByTimeAsync(200);
    await vi.waitFor(() => expect(watcher.state).toBe("live"));
    expect(seen).toEqual([
      { type: "connection", state: "reconnecting" },
      { type: "resync", mailbox: null },
      { type: "counts", mailbox: "INBOX", messages: 3, unseen: 1 },
      { type: "connection", state: "live" },
    ]);
  });

  it("stops when the password no longer works, and lets clients refetch", async () => {
    const { watcher, onStopped, createClient } = watch([{}, { connect: wrongPassword }]);
    await watcher.ready();
    clients[0]?.close();
    await vi.advanceTimersByTimeAsync(200);
    await vi.waitFor(() => expect(watcher.state).toBe("stopped"));
    expect(onStopped).toHaveBeenCalledWith(watcher);
    expect(seen).toEqual([
      { type: "connection", state: "reconnecting" },
      { type: "resync", mailbox: null },
    ]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(createClient).toHaveBeenCalledTimes(2);
  });

  it("logs out on stop and never reconnects after", async () => {
    const { watcher, createClient } = watch([{}]);
    await watcher.ready();
    await watcher.stop();
    expect(clients[0]?.usable).toBe(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(createClient).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([]);
  });
});
