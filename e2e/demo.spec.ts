// Journey: a newcomer's first five minutes. `npm run demo` (here with --no-build: the run has
// built already) starts Tegami with its embedded demo mail servers; the printed sign-in works,
// a seeded Japanese (ISO-2022-JP) message reads correctly, a flag set by another IMAP client shows
// live, mail sent to the other demo user arrives (live in that user's inbox, and in their IMAP
// mailbox), and Ctrl-C (SIGINT) stops everything with status 0.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { ImapFlow } from "imapflow";
import { messageRows } from "./support/message-list";
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
    if (demo && demo.child.exitCode === null) await demo.stop("SIGKILL", { group: true });
    fs.rmSync(stateDir, { recursive: true, force: true });
  });

  test("signs in with the printed credentials, reads, sends, and stops on Ctrl-C", async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    // `npm run demo`, as the README says; --no-build: this run has built already.
    demo = startNodeProcess(
      ["run", "demo", "--", "--no-build"],
      cleanEnv({ PORT: String(port), TEGAMI_DEMO_DIR: stateDir }),
      "npm",
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
    /** `fn` on INBOX of the user's own demo IMAP server, as another mail client would. */
    const withDemoImap = async <T>(
      login: (typeof logins)[0],
      fn: (client: ImapFlow) => Promise<T>,
    ): Promise<T> => {
      const client = new ImapFlow({
        host: "127.0.0.1",
        port: imapPorts.get(login.address)!,
        secure: false,
        auth: { user: login.address, pass: login.password },
        logger: false,
      });
      await client.connect();
      try {
        const lock = await client.getMailboxLock("INBOX");
        try {
          return await fn(client);
        } finally {
          lock.release();
        }
      } finally {
        await client.logout();
      }
    };
    const [me, friend] = logins as [(typeof logins)[0], (typeof logins)[0]];
    // The demo generated an AUTH_SECRET of its own and keeps it for the next start.
    expect(fs.readFileSync(path.join(stateDir, "auth-secret"), "utf8").trim().length).toBe(44);

    const signedIn = async (login: (typeof logins)[0]) => {
      const context = await browser.newContext({ baseURL: url });
      const page = await context.newPage();
      await page.goto("/mail/INBOX");
      await page.getByLabel("Email", { exact: true }).fill(login.address);
      await page.getByLabel("Password", { exact: true }).fill(login.password);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(page).toHaveURL(/\/mail\/INBOX$/);
      return page;
    };
    const page = await signedIn(me);
    const otherTab = await page.context().newPage();
    await otherTab.goto("/mail/INBOX");
    const friendPage = await signedIn(friend);

    // A seeded message in ISO-2022-JP, decoded in the list and in the open message.
    const subject = "来週の打ち合わせについて";
    const row = messageRows(otherTab).filter({ hasText: subject });
    await expect(row).toHaveAttribute("data-unread", "true");
    await page
      .getByRole("link", { name: new RegExp(subject) })
      .first()
      .click();
    const article = page.getByRole("article", { name: subject });
    await expect(article).toBeVisible();
    await expect(article).toContainText("会議室Bを予約しました");
    await expect(row).toHaveAttribute("data-unread", "false");

    // Another mail client flags it: the demo IMAP server pushes the change to Tegami's IDLE
    // watcher, and the other tab shows it without a reload.
    const uid = Number(await row.getAttribute("data-uid"));
    await withDemoImap(me, async (client) => {
      await client.messageFlagsAdd(String(uid), ["\\Flagged"], { uid: true });
    });
    await expect(row).toHaveAttribute("data-flagged", "true");

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
    // It shows in the friend's open inbox without a reload (IDLE on the friend's server)…
    await expect(messageRows(friendPage).filter({ hasText: sentSubject })).toHaveCount(1);

    // …and the friend's own IMAP server has it in INBOX.
    await expect
      .poll(() =>
        withDemoImap(friend, async (client) => {
          const uids = await client.search({ subject: sentSubject }, { uid: true });
          return uids ? uids.length : 0;
        }),
      )
      .toBe(1);
    await page.context().close();
    await friendPage.context().close();

    // Ctrl-C: SIGINT to npm and the demo alike, as a terminal sends it. The demo closes Tegami
    // and its mail servers and exits 0 ("Stopped."); npm then ends by the signal, as every npm
    // script does on Ctrl-C; and no process of the group is left.
    const { code, signal, ms } = await demo.stop("SIGINT", { group: true });
    expect(ms).toBeLessThan(5_000);
    expect(demo.output()).toMatch(/Stopping \(SIGINT\)…\n {2}Stopped\.\n/);
    expect(code === 0 || signal === "SIGINT").toBe(true);
    await expect.poll(() => demo!.groupAlive(), { timeout: 2_000 }).toBe(false);
  });
});
