// Integration: the browser's address reaches Dovecot in IMAP ID (RFC 2971 x-originating-ip),
// so its log and its failed-login penalty name that address and not Tegami's 127.0.0.1.
import { randomInt } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { dovecotLogOffset, loginsFrom } from "@/e2e/support/dovecot-log";
import { testStack, useTestStackEnv } from "@/e2e/support/test-imap";
import { listMailboxes } from "@/lib/imap/list-mailboxes";
import { closeImapSessions, poolStats } from "@/lib/imap/session-pool";
import { verifyCredentials } from "@/lib/imap/verify-credentials";

const stack = testStack();
const carol = { user: "carol@example.test", pass: stack.password("carol@example.test") };

beforeAll(() => {
  useTestStackEnv(stack);
});

describe("verifyCredentials", () => {
  it("tells Dovecot the browser's address (x-originating-ip)", async () => {
    // TEST-NET-3, random per run so no earlier run's log line can make this pass.
    const address = `203.0.113.${randomInt(1, 255)}`;
    const offset = dovecotLogOffset();
    await verifyCredentials(carol, { clientAddress: address });
    await vi.waitFor(() => expect(loginsFrom(offset, carol.user, address)).toHaveLength(1), {
      timeout: 5_000,
      interval: 50,
    });
  });

  it("with keep, hands the signed-in connection to the pool: the first page needs no 2nd LOGIN", async () => {
    await closeImapSessions(carol.user);
    const offset = dovecotLogOffset();
    await verifyCredentials(carol, { clientAddress: "198.51.100.7", keep: true });
    expect(poolStats(carol.user)).toMatchObject({ sessions: 1, connected: 1, opened: 1 });
    const mailboxes = await listMailboxes(carol);
    expect(mailboxes.some((mailbox) => mailbox.role === "inbox")).toBe(true);
    expect(poolStats(carol.user).opened).toBe(1);
    await vi.waitFor(() => expect(loginsFrom(offset, carol.user, "198.51.100.7")).toHaveLength(1), {
      timeout: 5_000,
      interval: 50,
    });
    await closeImapSessions(carol.user);
    expect(poolStats(carol.user).sessions).toBe(0);
  });
});
