// Journey: a newcomer's first five minutes. `npm run demo` (here with --no-build: the run has
// built already) starts Tegami with its embedded demo mail servers; the printed sign-in works,
// a seeded Japanese (ISO-2022-JP) message reads correctly, mail sent to the other demo user
// arrives in that user's IMAP mailbox, and Ctrl-C (SIGINT) stops everything with status 0.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { ImapFlow } from "imapflow";
import { cleanEnv, startNodeProcess, type NodeProcess } from "./support/node-process";

// Its own port, beside the two app processes of playwright.config.ts.
const port = Number(process.env.E2E_PORT || 3100) + 20;

test.describe("npm run demo", () => {
  let demo: NodeProcess | null = null;
  let stateDir = "";

  test.beforeAll(() => {
    stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "tegami-demo-spec-"));
  });

  test.afterAll(async () => {
    // Only if a test failed before its own stop: end the demo this spec started, by its PID.
    if (demo && demo.child.exitCode === null) await demo.stop("SIGKILL");
    fs.rmSync(stateDir, { recursive: true, force: true });
  });

  test("signs in with the printed credentials, reads, sends, and stops on Ctrl-C", async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    demo = startNodeProcess(
      ["demo/demo.mjs", "--no-build"],
      cleanEnv({ PORT: String(port), TEGAMI_DEMO_DIR: stateDir }),
    );
    await demo.waitFor(/Press Ctrl-C to stop/);
    const output = demo.output();
    const url = output.match(/Open\s+(http:\/\/127\.0\.0\.1:\d+)/)?.[1];
    const logins = [...output.matchAll(/Sign in\s+(\S+@\S+) \/ (\S+)/g)].map((m) => ({
      address: m[1]!,
      password: m[2]!,
    }));
    const imapPorts = new Map(
      [...output.matchAll(/Demo IMAP (\S+): 127\.0\.0\.1:(\d+)/g)].map((m) => [m[1]!, +m[2]!]),
    );
    expect(url).toBe(`http://127.0.0.1:${port}`);
    expect(logins).toHaveLength(2);
    const [me, friend] = logins as [(typeof logins)[0], (typeof logins)[0]];
    // The demo generated an AUTH_SECRET of its own and keeps it for the next start.
    expect(fs.readFileSync(path.join(stateDir, "auth-secret"), "utf8").trim().length).toBe(44);

    const context = await browser.newContext({ baseURL: url });
    const page = await context.newPage();
    await page.goto("/mail/INBOX");
    await page.getByLabel("Email", { exact: true }).fill(me.address);
    await page.getByLabel("Password", { exact: true }).fill(me.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/mail\/INBOX$/);

    // A seeded message in ISO-2022-JP, decoded in the list and in the open message.
    const subject = "来週の打ち合わせについて";
    await page
      .getByRole("link", { name: new RegExp(subject) })
      .first()
      .click();
    const article = page.getByRole("article", { name: subject });
    await expect(article).toBeVisible();
    await expect(article).toContainText("会議室Bを予約しました");

    // A message to the other demo user, through the demo SMTP server.
    const tag = randomBytes(3).toString("hex");
    const sentSubject = `Demo hello ${tag}`;
    await page
      .getByRole("link", { name: "Compose" })
      .or(page.getByRole("button", { name: "Compose" }))
      .first()
      .click();
    await page.getByLabel("To", { exact: true }).fill(friend.address);
    await page.getByLabel("Subject", { exact: true }).fill(sentSubject);
    await page.getByRole("textbox", { name: "Message", exact: true }).fill(`こんにちは (${tag})`);
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Message sent" })).toBeVisible();

    // It arrived: the friend's own IMAP server has it in INBOX.
    const client = new ImapFlow({
      host: "127.0.0.1",
      port: imapPorts.get(friend.address)!,
      secure: false,
      auth: { user: friend.address, pass: friend.password },
      logger: false,
    });
    await client.connect();
    try {
      await expect
        .poll(async () => {
          const lock = await client.getMailboxLock("INBOX");
          try {
            const uids = await client.search({ subject: sentSubject }, { uid: true });
            return uids ? uids.length : 0;
          } finally {
            lock.release();
          }
        })
        .toBe(1);
    } finally {
      await client.logout();
    }
    await context.close();

    const { code, ms } = await demo.stop("SIGINT");
    expect(code).toBe(0);
    expect(ms).toBeLessThan(5_000);
    expect(demo.output()).toContain("Stopped.");
  });
});
