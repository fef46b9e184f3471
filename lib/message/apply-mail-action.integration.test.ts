// Integration: message actions against the real Dovecot (e2e/mailstack), as carol, whose
// mailboxes no other test touches. Each action must change the server and publish the events
// that update the user's other browsers.
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { textMessage } from "@/e2e/support/mail-fixtures";
import {
  mailboxUids,
  messageFlags,
  testStack,
  useTestStackEnv,
  withImap,
} from "@/e2e/support/test-imap";
import type { MailAction } from "@/lib/api/mail-action";
import type { MailSession } from "@/lib/auth/get-mail-session";
import type { ImapClient } from "@/lib/imap/create-imap-client";
import { ensureSpecialMailbox } from "@/lib/imap/ensure-special-mailbox";
import { forgetSpecialMailboxes } from "@/lib/imap/find-special-mailbox";
import { closeImapSessions, withImapClient } from "@/lib/imap/session-pool";
import { applyMailAction } from "@/lib/message/apply-mail-action";
import { subscribe } from "@/lib/realtime/event-hub";
import type { MailEvent } from "@/lib/realtime/mail-event";

const stack = testStack();
const carol = { user: "carol@example.test", pass: stack.password("carol@example.test") };
const session: MailSession = { email: carol.user, credentials: carol };
const run = randomUUID().slice(0, 8);
const source = `Actions ${run}`;
const other = `整理済み ${run}`;
const scratch: string[] = [source, other];

/** APPENDs messages over one connection; returns their UIDs and raw bytes. */
async function append(mailbox: string, count = 1, flags: string[] = []) {
  return withImap(carol.user, async (client) => {
    const added: { uid: number; raw: Buffer }[] = [];
    for (let i = 0; i < count; i += 1) {
      const raw = textMessage({
        subject: `Action test ${i} ${randomUUID()}`,
        to: carol.user,
        text: `Body ${i}\n${randomBytes(24).toString("hex")}\n`,
      });
      const res = await client.append(mailbox, raw, flags);
      if (!res || !res.uid) throw new Error(`APPEND to ${mailbox} returned no UID`);
      added.push({ uid: res.uid, raw });
    }
    return added;
  });
}

async function rawMessage(mailbox: string, uid: number): Promise<Buffer | undefined> {
  return withImap(carol.user, async (client) => {
    await client.mailboxOpen(mailbox, { readOnly: true });
    const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
    return message ? message.source : undefined;
  });
}

async function createMailbox(path: string): Promise<void> {
  await withImap(carol.user, (client) => client.mailboxCreate(path));
  if (!scratch.includes(path)) scratch.push(path);
}

/** The connection the pool lends carol's requests, to watch or bend what it sends. */
function pooledClient(): Promise<ImapClient> {
  return withImapClient(carol, async (client) => client);
}

let events: MailEvent[] = [];
let unsubscribe = () => {};

function act(mailbox: string, target: MailAction["target"], action: MailAction["action"]) {
  return applyMailAction(session, { mailbox, target, action });
}

function countsOf(mailbox: string) {
  return events.filter((e) => e.type === "counts" && e.mailbox === mailbox);
}

beforeAll(async () => {
  useTestStackEnv(stack);
  await closeImapSessions(carol.user);
  for (const path of scratch) await createMailbox(path);
  unsubscribe = subscribe(
    carol.user,
    null,
    (envelope) => events.push(envelope.event),
    () => {},
  ).unsubscribe;
});

afterEach(() => {
  events = [];
  vi.restoreAllMocks();
});

afterAll(async () => {
  unsubscribe();
  await closeImapSessions(carol.user);
  await withImap(carol.user, async (client) => {
    for (const path of scratch) await client.mailboxDelete(path).catch(() => undefined);
  });
});

describe("flag actions", () => {
  it("mark read and unread change the server's flags and publish them", async () => {
    const [a, b] = await append(source, 2);
    const uids = [a!.uid, b!.uid];

    const read = await act(source, { uids }, { type: "seen", value: true });
    expect(read.uids).toEqual(uids);
    expect(read.flags?.[a!.uid]).toEqual(["\\Seen"]);
    expect(await messageFlags(carol.user, source, b!.uid)).toContain("\\Seen");
    expect(events.filter((e) => e.type === "flags")).toEqual([
      { type: "flags", mailbox: source, uid: a!.uid, flags: ["\\Seen"] },
      { type: "flags", mailbox: source, uid: b!.uid, flags: ["\\Seen"] },
    ]);
    expect(countsOf(source)).toEqual([{ type: "counts", mailbox: source, unseen: 0, messages: 2 }]);

    events = [];
    const unread = await act(source, { uids: [a!.uid] }, { type: "seen", value: false });
    expect(unread.flags).toEqual({ [a!.uid]: [] });
    expect(await messageFlags(carol.user, source, a!.uid)).not.toContain("\\Seen");
    expect(events[0]).toEqual({ type: "flags", mailbox: source, uid: a!.uid, flags: [] });
    expect(countsOf(source)[0]).toMatchObject({ unseen: 1 });
  });

  it("flag and unflag, reporting flags even where nothing had to change", async () => {
    const [a, b] = await append(source, 2, ["\\Seen"]);
    const flagged = await act(source, { uids: [a!.uid] }, { type: "flagged", value: true });
    expect(flagged.flags).toEqual({ [a!.uid]: ["\\Flagged", "\\Seen"] });
    expect(await messageFlags(carol.user, source, a!.uid)).toContain("\\Flagged");

    events = [];
    // a is flagged already, b not: both end up flagged, both are reported.
    const both = await act(source, { uids: [a!.uid, b!.uid] }, { type: "flagged", value: true });
    expect(both.flags).toEqual({
      [a!.uid]: ["\\Flagged", "\\Seen"],
      [b!.uid]: ["\\Flagged", "\\Seen"],
    });
    expect(events.filter((e) => e.type === "flags").map((e) => "uid" in e && e.uid)).toEqual([
      a!.uid,
      b!.uid,
    ]);

    await act(source, { uids: [a!.uid, b!.uid] }, { type: "flagged", value: false });
    expect(await messageFlags(carol.user, source, b!.uid)).not.toContain("\\Flagged");
  });

  it("drops UIDs that no longer exist from the answer", async () => {
    const [a] = await append(source, 1);
    const result = await act(
      source,
      { uids: [a!.uid, 4_000_000_000] },
      { type: "seen", value: true },
    );
    expect(result.uids).toEqual([a!.uid]);
  });
});

describe("acting on a whole mailbox", () => {
  it("marks every message read with one UID STORE 1:* and moves them with one UID MOVE", async () => {
    const all = `All ${run}`;
    await createMailbox(all);
    const added = await append(all, 3);
    const client = await pooledClient();
    const store = vi.spyOn(client, "messageFlagsAdd");
    const result = await act(all, { all: true }, { type: "seen", value: true });
    expect(store.mock.calls.map((call) => call[0])).toEqual(["1:*"]);
    expect(result.uids).toEqual(added.map((m) => m.uid));
    expect(events.filter((e) => e.type === "flags")).toHaveLength(3);
    for (const { uid } of added)
      expect(await messageFlags(carol.user, all, uid)).toContain("\\Seen");

    events = [];
    const before = await mailboxUids(carol.user, other);
    const move = vi.spyOn(client, "messageMove");
    const moved = await act(all, { all: true }, { type: "move", to: other });
    expect(move.mock.calls.map((call) => call[0])).toEqual(["1:*"]);
    expect(await mailboxUids(carol.user, all)).toEqual([]);
    const arrived = (await mailboxUids(carol.user, other)).filter((uid) => !before.includes(uid));
    expect(moved.undo).toEqual({ mailbox: other, uids: arrived, to: all });
    expect(events).toContainEqual({
      type: "expunged",
      mailbox: all,
      uids: added.map((m) => m.uid),
    });
    expect(events).toContainEqual({ type: "added", mailbox: other, uids: arrived });
    expect(countsOf(all)).toEqual([{ type: "counts", mailbox: all, unseen: 0, messages: 0 }]);
    expect(countsOf(other)).toHaveLength(1);
  });
});

describe("archive", () => {
  it("creates Archive when the account has none, moves there, and undo brings it back intact", async () => {
    await withImap(carol.user, (client) => client.mailboxDelete("Archive").catch(() => undefined));
    // Dovecot's `auto = subscribe` brings Archive back at the next LIST: hide it from Tegami's
    // LIST so the CREATE path runs for real.
    const client = await pooledClient();
    forgetSpecialMailboxes(client);
    const list = client.list.bind(client);
    vi.spyOn(client, "list").mockImplementation(async (options) =>
      (await list(options)).filter((entry) => entry.specialUse !== "\\Archive"),
    );
    const create = vi.spyOn(client, "mailboxCreate");

    const [message] = await append(source, 1);
    const archived = await act(source, { uids: [message!.uid] }, { type: "archive" });
    expect(create).toHaveBeenCalledWith("Archive");
    expect(archived.destination).toBe("Archive");
    expect(archived.uids).toEqual([message!.uid]);
    expect(await mailboxUids(carol.user, source)).not.toContain(message!.uid);
    const archivedUid = archived.undo!.uids[0]!;
    expect(await mailboxUids(carol.user, "Archive")).toContain(archivedUid);
    expect(events).toContainEqual({ type: "expunged", mailbox: source, uids: [message!.uid] });
    expect(events).toContainEqual({ type: "added", mailbox: "Archive", uids: [archivedUid] });

    vi.restoreAllMocks();
    forgetSpecialMailboxes(client);
    const undo = archived.undo!;
    const back = await act(undo.mailbox, { uids: undo.uids }, { type: "move", to: undo.to });
    expect(back.destination).toBe(source);
    const restoredUid = back.undo!.uids[0]!;
    expect(await mailboxUids(carol.user, "Archive")).not.toContain(archivedUid);
    expect((await rawMessage(source, restoredUid))?.equals(message!.raw)).toBe(true);
  });

  it("creates the mailbox with CREATE … (USE (\\Archive)) where the server offers CREATE-SPECIAL-USE", async () => {
    const client = await pooledClient();
    forgetSpecialMailboxes(client);
    const list = client.list.bind(client);
    vi.spyOn(client, "list").mockImplementation(async (options) =>
      (await list(options)).filter((entry) => entry.specialUse !== "\\Archive"),
    );
    client.capabilities.set("CREATE-SPECIAL-USE", true);
    const name = `Archive ${run}`;
    scratch.push(name);
    try {
      expect(await ensureSpecialMailbox(client, "\\Archive", name)).toEqual({
        path: name,
        created: true,
      });
    } finally {
      client.capabilities.delete("CREATE-SPECIAL-USE");
    }
    expect(await mailboxUids(carol.user, name)).toEqual([]);
  });
});

describe("delete", () => {
  it("moves to Trash, and inside Trash deletes for good only the chosen messages", async () => {
    const [message] = await append(source, 1);
    const deleted = await act(source, { uids: [message!.uid] }, { type: "delete" });
    expect(deleted.destination).toBe("Trash");
    expect(deleted.expunged).toBeUndefined();
    const trashUid = deleted.undo!.uids[0]!;
    expect(await mailboxUids(carol.user, "Trash")).toContain(trashUid);

    // Marked \Deleted by another client and not expunged: a plain EXPUNGE would take it too.
    const [bystander] = await append("Trash", 1, ["\\Deleted"]);
    events = [];
    const gone = await act("Trash", { uids: [trashUid] }, { type: "delete" });
    expect(gone).toEqual({ uids: [trashUid], expunged: true });
    const left = await mailboxUids(carol.user, "Trash");
    expect(left).not.toContain(trashUid);
    expect(left).toContain(bystander!.uid);
    expect(await messageFlags(carol.user, "Trash", bystander!.uid)).toContain("\\Deleted");
    expect(events[0]).toEqual({ type: "expunged", mailbox: "Trash", uids: [trashUid] });
    expect(countsOf("Trash")).toHaveLength(1);
  });
});

describe("moves that cannot happen", () => {
  it("answers MAILBOX_NOT_FOUND for a target that is gone, and changes nothing", async () => {
    const [message] = await append(source, 1);
    const before = await mailboxUids(carol.user, source);
    await expect(
      act(source, { uids: [message!.uid] }, { type: "move", to: `Gone ${run}` }),
    ).rejects.toMatchObject({
      code: "MAILBOX_NOT_FOUND",
      message: `The mailbox Gone ${run} does not exist any more.`,
    });
    expect(await mailboxUids(carol.user, source)).toEqual(before);
    expect(await messageFlags(carol.user, source, message!.uid)).not.toContain("\\Deleted");
    expect(events).toEqual([]);
  });

  it("answers MAILBOX_NOT_FOUND for a source that is gone", async () => {
    await expect(
      act(`Missing ${run}`, { uids: [1] }, { type: "seen", value: true }),
    ).rejects.toMatchObject({ code: "MAILBOX_NOT_FOUND", status: 404 });
  });

  it("refuses to move messages to where they are", async () => {
    await expect(act(source, { uids: [1] }, { type: "move", to: source })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });
});

describe("mailbox names are values, never protocol text", () => {
  it("moves into a mailbox whose name is full of IMAP syntax, and nowhere else", async () => {
    // Quotes, a literal marker, a backslash, parentheses, an atom-special "*" and "%": each
    // would end or reshape a command if it were spliced into one instead of quoted.
    const odd = `Odd "quoted" {12} \\ (x) * % ${run}`;
    await createMailbox(odd);
    const [message] = await append(source, 1);
    const others = await mailboxUids(carol.user, other);
    const result = await act(source, { uids: [message!.uid] }, { type: "move", to: odd });
    expect(result.destination).toBe(odd);
    expect(await mailboxUids(carol.user, odd)).toHaveLength(1);
    expect(await mailboxUids(carol.user, source)).not.toContain(message!.uid);
    expect(await mailboxUids(carol.user, other)).toEqual(others);
  });

  it("refuses a name carrying a command after CRLF without touching any mailbox", async () => {
    const [message] = await append(source, 1);
    const injected = `${other}" {0}\r\nA1 DELETE "${source}`;
    await expect(
      act(source, { uids: [message!.uid] }, { type: "move", to: injected }),
    ).rejects.toMatchObject({ status: 404 });
    expect(await mailboxUids(carol.user, source)).toContain(message!.uid);
  });
});

describe("servers without MOVE", () => {
  it("copies, then removes exactly the copied UIDs", async () => {
    const client = await pooledClient();
    const moving = await append(source, 2);
    const [bystander] = await append(source, 1, ["\\Deleted"]);
    client.capabilities.delete("MOVE");
    let moved;
    try {
      moved = await act(source, { uids: moving.map((m) => m.uid) }, { type: "move", to: other });
    } finally {
      client.capabilities.set("MOVE", true);
    }
    const left = await mailboxUids(carol.user, source);
    for (const { uid } of moving) expect(left).not.toContain(uid);
    expect(left).toContain(bystander!.uid);
    expect(moved.uids).toEqual(moving.map((m) => m.uid));
    const arrived = await mailboxUids(carol.user, other);
    for (const uid of moved.undo!.uids) expect(arrived).toContain(uid);
  });
});

describe("servers without UIDPLUS", () => {
  it("will not delete for good when other messages are marked deleted", async () => {
    const client = await pooledClient();
    const [target] = await append("Trash", 1);
    const [bystander] = await append("Trash", 1, ["\\Deleted"]);
    client.capabilities.delete("UIDPLUS");
    try {
      await expect(act("Trash", { uids: [target!.uid] }, { type: "delete" })).rejects.toMatchObject(
        {
          code: "ACTION_REFUSED",
        },
      );
    } finally {
      client.capabilities.set("UIDPLUS", true);
    }
    const left = await mailboxUids(carol.user, "Trash");
    expect(left).toContain(target!.uid);
    expect(left).toContain(bystander!.uid);
    expect(await messageFlags(carol.user, "Trash", target!.uid)).not.toContain("\\Deleted");
    expect(events).toEqual([]);
  });
});

describe("speed", () => {
  it("applies an action to 1 and to 300 messages in milliseconds, publishing first", async () => {
    const bulk = `Bulk ${run}`;
    await createMailbox(bulk);
    const uids = (await append(bulk, 300)).map((m) => m.uid);
    await act(bulk, { uids: [uids[0]!] }, { type: "seen", value: false }); // warm: SELECT, LIST

    let firstEventAt = 0;
    const { unsubscribe: stop } = subscribe(
      carol.user,
      null,
      () => (firstEventAt ||= performance.now()),
      () => {},
    );
    const time = async (label: string, fn: () => Promise<unknown>) => {
      firstEventAt = 0;
      const started = performance.now();
      await fn();
      const ms = performance.now() - started;
      const published = (firstEventAt - started).toFixed(1);
      console.log(`${label}: ${ms.toFixed(1)} ms (first event published after ${published} ms)`);
      return ms;
    };
    try {
      await time("mark 1 read", () =>
        act(bulk, { uids: [uids[0]!] }, { type: "seen", value: true }),
      );
      await time("mark 300 read", () => act(bulk, { uids }, { type: "seen", value: true }));
      await time("mark all 300 unread", () =>
        act(bulk, { all: true }, { type: "seen", value: false }),
      );
      await time("move 1", () => act(bulk, { uids: [uids[0]!] }, { type: "move", to: other }));
      const ms = await time("move 299", () =>
        act(bulk, { uids: uids.slice(1) }, { type: "move", to: other }),
      );
      expect(ms).toBeLessThan(2_000);
    } finally {
      stop();
    }
    expect(await mailboxUids(carol.user, bulk)).toEqual([]);
  });
});
