// Integration: with TEGAMI_DOMAINS (and no IMAP_URL), an address signs in to its domain's server
// and an address of another domain fails exactly like a wrong password; at shutdown the pool
// logs every session out, as Dovecot itself counts them.
import { randomBytes, randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { imapConnections } from "@/e2e/support/doveadm";
import { dovecotLogOffset, dovecotLogSince } from "@/e2e/support/dovecot-log";
import { testStack } from "@/e2e/support/test-imap";
import { closeAllImapSessions, withImapClient } from "@/lib/imap/session-pool";
import { verifyCredentials } from "@/lib/imap/verify-credentials";
import { MailError } from "@/lib/mail/mail-error";

const stack = testStack();
const frank = { user: "frank@example.test", pass: "secret-frank" };

beforeAll(() => {
  // Before the first getConfig(): this file's process sees only the domain map. stubEnv, so
  // the files that run after this one in the same worker get the environment back.
  vi.stubEnv("IMAP_URL", undefined);
  vi.stubEnv("SMTP_URL", undefined);
  vi.stubEnv(
    "TEGAMI_DOMAINS",
    JSON.stringify({
      "Example.TEST": {
        imap: `imap://${stack.host}:${stack.ports.imap}`,
        smtp: `smtp://${stack.host}:${stack.ports.submission}`,
      },
    }),
  );
  vi.stubEnv("MAIL_TLS_CA", `${stack.base}/ssl/cert.pem`);
  vi.stubEnv("AUTH_SECRET", randomBytes(32).toString("base64"));
});

afterAll(() => {
  vi.unstubAllEnvs();
  // The pool lives on globalThis: reopen it for whatever runs next in this worker.
  const pool = (globalThis as { __tegamiImapPool?: { closed: boolean } }).__tegamiImapPool;
  if (pool) pool.closed = false;
});

async function failureCode(credentials: { user: string; pass: string }): Promise<string> {
  try {
    // A TEST-NET-3 client address (IMAP ID): Dovecot's failed-login penalty falls on it, not on
    // 127.0.0.1 and every other test signing in from there.
    await verifyCredentials(credentials, { clientAddress: `203.0.113.${randomInt(1, 255)}` });
  } catch (error) {
    if (error instanceof MailError) return error.code;
    throw error;
  }
  return "signed in";
}

describe("the domain map", () => {
  it("signs an address in to its domain's server, whatever the case of the domain", async () => {
    await expect(verifyCredentials(frank)).resolves.toBeUndefined();
    await expect(
      verifyCredentials({ user: "frank@EXAMPLE.test", pass: frank.pass }),
    ).resolves.toBeUndefined();
  });

  it("refuses an unknown domain like a wrong password, without asking any server", async () => {
    const offset = dovecotLogOffset();
    const stranger = `frank-${randomBytes(3).toString("hex")}@elsewhere.test`;
    expect(await failureCode({ user: stranger, pass: frank.pass })).toBe("AUTH_FAILED");
    expect(await failureCode({ user: "frank@example.test", pass: "wrong" })).toBe("AUTH_FAILED");
    // Dovecot logged the wrong password, and never heard of the stranger.
    await vi.waitFor(() =>
      expect(dovecotLogSince(offset).join("\n")).toContain("frank@example.test"),
    );
    expect(dovecotLogSince(offset).join("\n")).not.toContain(stranger);
  });

  it("logs every pooled session out at shutdown and opens no new one after", async () => {
    const mailboxes = await withImapClient(frank, async (client) => (await client.list()).length);
    expect(mailboxes).toBeGreaterThan(0);
    await vi.waitFor(() => expect(imapConnections(frank.user)).toBeGreaterThanOrEqual(1), {
      timeout: 5_000,
    });
    await closeAllImapSessions();
    await vi.waitFor(() => expect(imapConnections(frank.user)).toBe(0), { timeout: 5_000 });
    await expect(withImapClient(frank, async () => "reopened")).rejects.toMatchObject({
      code: "SERVER_UNREACHABLE",
    });
  });
});
