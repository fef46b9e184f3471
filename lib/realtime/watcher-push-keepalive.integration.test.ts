// Integration: the watcher of a user with push notifications, against the real Dovecot of
// e2e/mailstack. With no event stream open it keeps running on INBOX (where new mail is news)
// and its changes reach the tap the push notifier listens on; without push it logs out as
// before. ivan belongs to the push tests.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { textMessage } from "@/e2e/support/mail-fixtures";
import { appendMessage, testStack, useTestStackEnv, withImap } from "@/e2e/support/test-imap";
import type { ImapCredentials } from "@/lib/imap/create-imap-client";
import type { MailEvent } from "@/lib/realtime/mail-event";
import {
  configureWatchers,
  focusMailbox,
  startWatcher,
  stopWatcher,
  sweepWatchers,
  watcherStats,
} from "@/lib/realtime/mailbox-watcher";
import { setWatcherTap } from "@/lib/realtime/watcher-event-tap";

const stack = testStack();
const ivan = { user: "ivan@example.test", pass: stack.password("ivan@example.test") };
const OTHER = "Push keepalive";
const defaults = { pollMs: 4_000, idleStopMs: 60_000, reconnectMinMs: 200, maxWatchers: 500 };

let keep = false;
const tapped: { user: string; event: MailEvent }[] = [];

beforeAll(async () => {
  useTestStackEnv(stack);
  configureWatchers(defaults);
  await stopWatcher(ivan.user);
  await withImap(ivan.user, async (client) => {
    if (!(await client.list()).some((m) => m.path === OTHER)) await client.mailboxCreate(OTHER);
  });
  setWatcherTap({
    event: (credentials: ImapCredentials, event) => tapped.push({ user: credentials.user, event }),
    keepWatching: () => keep,
  });
});

afterAll(async () => {
  setWatcherTap(null);
  configureWatchers(defaults);
  await stopWatcher(ivan.user);
  await withImap(ivan.user, (client) => client.mailboxDelete(OTHER));
});

describe("a watcher kept for push notifications", () => {
  it("runs on with no stream open, moves to INBOX, and hands new mail to the tap", async () => {
    keep = true;
    configureWatchers({ idleStopMs: 0, pushIdleStopMs: 60_000 });
    focusMailbox(ivan, OTHER);
    expect(await startWatcher(ivan)).toBe("live");
    await vi.waitFor(() => expect(watcherStats(ivan.user)?.mailbox).toBe(OTHER));

    // Nobody listens: without push it would log out at this sweep.
    sweepWatchers(Date.now() + 1_000);
    await vi.waitFor(() => expect(watcherStats(ivan.user)?.mailbox).toBe("INBOX"), {
      timeout: 5_000,
    });

    const uid = await appendMessage(
      ivan.user,
      "INBOX",
      textMessage({ subject: "Kept watching", text: "x\r\n", to: ivan.user }),
    );
    await vi.waitFor(
      () =>
        expect(tapped).toContainEqual({
          user: ivan.user,
          event: { type: "added", mailbox: "INBOX", uids: [uid] },
        }),
      { timeout: 10_000, interval: 20 },
    );
    await withImap(ivan.user, async (client) => {
      await client.mailboxOpen("INBOX");
      await client.messageDelete(String(uid), { uid: true });
    });
  });

  it("logs out after the session's idle time, or at once without push", async () => {
    sweepWatchers(Date.now() + 61_000);
    await vi.waitFor(() => expect(watcherStats(ivan.user)).toBeNull());

    keep = false;
    configureWatchers({ idleStopMs: 60_000 });
    expect(await startWatcher(ivan)).toBe("live");
    sweepWatchers(Date.now() + 61_000);
    await vi.waitFor(() => expect(watcherStats(ivan.user)).toBeNull());
  });
});
