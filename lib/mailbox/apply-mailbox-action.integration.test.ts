// Integration: mailbox management against the real Dovecot, with Japanese names checked as
// the server stores them (modified UTF-7 on the wire, doveadm's own listing).
import { execFileSync } from "node:child_process";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { textMessage } from "@/e2e/support/mail-fixtures";
import { appendAll, resetMailboxes } from "@/e2e/support/reset-mailboxes";
import { mailboxUids, testStack, useTestStackEnv, withImap } from "@/e2e/support/test-imap";
import type { MailboxAction } from "@/lib/api/mailbox-action";
import type { MailSession } from "@/lib/auth/get-mail-session";
import { listMailboxChildren } from "@/lib/imap/list-mailbox-children";
import { listMailboxes } from "@/lib/imap/list-mailboxes";
import { closeImapSessions } from "@/lib/imap/session-pool";
import { applyMailboxAction } from "@/lib/mailbox/apply-mailbox-action";
import { subscribe } from "@/lib/realtime/event-hub";
import type { MailEvent } from "@/lib/realtime/mail-event";

const stack = testStack();
const user = "heidi@example.test";
const session: MailSession = { email: user, credentials: { user, pass: stack.password(user) } };
const act = (action: MailboxAction) => applyMailboxAction(session, action);

/** LIST "" "*" over a raw socket: mailbox names exactly as they travel (RFC 3501 §5.1.3). */
function rawList(): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(stack.ports.imap, stack.host);
    let data = "";
    socket.on("data", (chunk) => (data += chunk.toString("latin1")));
    socket.on("error", reject);
    socket.on("close", () =>
      resolve(
        [...data.matchAll(/^\* LIST \([^)]*\) "[^"]*" "?([^"\r\n]+)"?\r$/gm)].map((m) => m[1]!),
      ),
    );
    socket.write(`a LOGIN ${user} ${stack.password(user)}\r\nb LIST "" "*"\r\nc LOGOUT\r\n`);
  });
}

function doveadmList(): string[] {
  const config = `${stack.base}/dovecot/dovecot.conf`;
  const out = execFileSync("doveadm", ["-c", config, "mailbox", "list", "-u", user], {
    encoding: "utf8",
  });
  return out.split("\n").filter(Boolean);
}

async function subscribedPaths(): Promise<string[]> {
  return withImap(user, async (client) =>
    (await client.list()).filter((e) => e.subscribed).map((e) => e.path),
  );
}

const events: MailEvent[] = [];
let stop = () => {};

beforeAll(async () => {
  useTestStackEnv(stack);
  await closeImapSessions(user);
  await resetMailboxes(user);
  stop = subscribe(
    user,
    null,
    (envelope) => events.push(envelope.event),
    () => {},
  ).unsubscribe;
});

afterAll(async () => {
  stop();
  await closeImapSessions(user);
});

describe("creating, renaming, moving and deleting mailboxes", () => {
  it("creates プロジェクト/2026, stored in modified UTF-7, subscribed, and tells other tabs", async () => {
    events.length = 0;
    expect(await act({ type: "create", path: "プロジェクト/2026" })).toEqual({
      path: "プロジェクト/2026",
    });
    expect(await rawList()).toEqual(
      expect.arrayContaining(["&MNcw7TC4MKcwrzDI-", "&MNcw7TC4MKcwrzDI-/2026"]),
    );
    expect(doveadmList()).toEqual(expect.arrayContaining(["プロジェクト", "プロジェクト/2026"]));
    expect(await subscribedPaths()).toContain("プロジェクト/2026");
    const listed = (await listMailboxes(session.credentials)).find(
      (m) => m.path === "プロジェクト/2026",
    );
    expect(listed).toMatchObject({ name: "2026", parentPath: "プロジェクト", selectable: true });
    expect(events).toEqual([{ type: "mailboxes" }]);
  });

  it("refuses a name that exists or that no mailbox may have, with typed errors", async () => {
    await expect(act({ type: "create", path: "プロジェクト/2026" })).rejects.toMatchObject({
      code: "MAILBOX_EXISTS",
    });
    for (const path of ["a/%", "INBOX", "a//b", "x/ y", "../bob"]) {
      await expect(act({ type: "create", path }), path).rejects.toMatchObject({
        code: "INVALID_INPUT",
      });
    }
    await expect(act({ type: "rename", path: "Nope", name: "x" })).rejects.toMatchObject({
      code: "MAILBOX_NOT_FOUND",
    });
  });

  it("renames with the messages and the subscription, then moves to another parent", async () => {
    const [uid] = await appendAll(user, "プロジェクト/2026", [
      { raw: textMessage({ subject: "議事録", text: "." }) },
    ]);
    expect(await act({ type: "rename", path: "プロジェクト/2026", name: "2027年" })).toEqual({
      path: "プロジェクト/2027年",
    });
    expect(await mailboxUids(user, "プロジェクト/2027年")).toEqual([uid]);
    expect(doveadmList()).not.toContain("プロジェクト/2026");
    expect(await subscribedPaths()).toContain("プロジェクト/2027年");
    expect(await subscribedPaths()).not.toContain("プロジェクト/2026");

    await act({ type: "create", path: "アーカイブ" });
    expect(await act({ type: "move", path: "プロジェクト/2027年", parent: "アーカイブ" })).toEqual({
      path: "アーカイブ/2027年",
    });
    expect(await act({ type: "move", path: "アーカイブ/2027年", parent: null })).toEqual({
      path: "2027年",
    });
    expect(await mailboxUids(user, "2027年")).toEqual([uid]);
    await expect(
      act({ type: "move", path: "アーカイブ", parent: "アーカイブ" }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(act({ type: "move", path: "2027年", parent: "Nope" })).rejects.toMatchObject({
      code: "MAILBOX_NOT_FOUND",
    });
  });

  it("asks before deleting children, then deletes them deepest first", async () => {
    await act({ type: "create", path: "親/子/孫" });
    expect(await listMailboxChildren(session.credentials, "親")).toEqual(["親/子/孫", "親/子"]);
    await expect(act({ type: "delete", path: "親" })).rejects.toMatchObject({
      code: "MAILBOX_HAS_CHILDREN",
      details: { children: ["親/子/孫", "親/子"] },
    });
    expect(await act({ type: "delete", path: "親", withChildren: true })).toEqual({
      path: "親",
      deleted: ["親/子/孫", "親/子", "親"],
    });
    expect(doveadmList().filter((name) => name.startsWith("親"))).toEqual([]);
  });

  it("never deletes, renames or moves INBOX or a special-use mailbox", async () => {
    await expect(act({ type: "delete", path: "INBOX" })).rejects.toMatchObject({
      code: "ACTION_REFUSED",
    });
    await expect(act({ type: "delete", path: "Sent" })).rejects.toMatchObject({
      code: "ACTION_REFUSED",
    });
    await expect(act({ type: "rename", path: "Trash", name: "Bin" })).rejects.toMatchObject({
      code: "ACTION_REFUSED",
    });
    await expect(act({ type: "move", path: "Junk", parent: "アーカイブ" })).rejects.toMatchObject({
      code: "ACTION_REFUSED",
    });
  });
});

describe("subscriptions and emptying", () => {
  it("unsubscribes and subscribes again", async () => {
    expect(await act({ type: "unsubscribe", path: "2027年" })).toEqual({
      path: "2027年",
      subscribed: false,
    });
    expect(await subscribedPaths()).not.toContain("2027年");
    expect(await act({ type: "subscribe", path: "2027年" })).toEqual({
      path: "2027年",
      subscribed: true,
    });
    expect(await subscribedPaths()).toContain("2027年");
  });

  it("empties Trash and Junk, and nothing else", async () => {
    await appendAll(
      user,
      "Trash",
      [1, 2, 3].map((n) => ({ raw: textMessage({ subject: `gone ${n}`, text: "." }) })),
    );
    events.length = 0;
    expect(await act({ type: "empty", path: "Trash" })).toEqual({ path: "Trash", expunged: 3 });
    expect(await mailboxUids(user, "Trash")).toEqual([]);
    expect(events).toContainEqual({ type: "counts", mailbox: "Trash", unseen: 0, messages: 0 });
    expect(await act({ type: "empty", path: "Junk" })).toEqual({ path: "Junk", expunged: 0 });
    for (const path of ["INBOX", "2027年"]) {
      await expect(act({ type: "empty", path })).rejects.toMatchObject({ code: "ACTION_REFUSED" });
    }
    expect(await mailboxUids(user, "2027年")).toHaveLength(1);
  });
});
