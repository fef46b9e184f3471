// Journey: a team runs two Tegami processes behind a load balancer without sticky sessions,
// sharing one Redis (REDIS_URL; e2e/redis/start.sh). grace has a browser on each. Only one
// IMAP watcher runs for her across both (Dovecot's own view of her connections); a change in
// one browser shows in the other; when the process holding her watcher's lease is SIGKILLed,
// the other takes the watcher over within 10 s and live updates go on. Sign-in failures counted
// through one process hold the attempts back on the other. Behind a load balancer without
// sticky sessions, a tab whose event stream moves to the other process gets what it missed.
// The spec starts both processes itself, on E2E_PORT+20 and +21 (the balancer on +22).
import { randomBytes, randomInt } from "node:crypto";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import type { Redis } from "ioredis";
import { appEnv, startApp, type AppProcess } from "./support/app-process";
import { dovecotLogOffset } from "./support/dovecot-log";
import { startLoadBalancer } from "./support/load-balancer";
import { textMessage } from "./support/mail-fixtures";
import { messageRow, messageRows } from "./support/message-list";
import { signIn } from "./support/sign-in";
import { appendMessage, setFlags, withImap } from "./support/test-imap";
import { connectTestRedis, testRedisUrl } from "./support/test-redis";
import { watcherPids } from "./support/watcher-connections";

const GRACE = "grace@example.test";
const leaseKey = `tegami:watcher:${GRACE}`;
const firstPort = Number(process.env.E2E_PORT || 3100) + 20;
const env = appEnv({ REDIS_URL: testRedisUrl(), AUTH_SECRET: randomBytes(32).toString("base64") });

let apps: AppProcess[] = [];
let redis: Redis;

test.beforeAll(async () => {
  redis = connectTestRedis();
  expect(await redis.ping(), `Redis at ${testRedisUrl()}: run bash e2e/redis/start.sh`).toBe(
    "PONG",
  );
});

test.beforeEach(async () => {
  // Both processes run at the start of every test (the takeover test kills one).
  apps = await Promise.all(
    [0, 1].map((i) => {
      const running = apps[i];
      return running?.alive ? running : startApp(firstPort + i, env);
    }),
  );
});

test.afterAll(async () => {
  await Promise.all(apps.map((app) => app.stop()));
  redis?.disconnect();
});

/** grace's INBOX as each test starts: `count` unread messages. */
async function resetGrace(count: number): Promise<number[]> {
  await withImap(GRACE, async (client) => {
    const lock = await client.getMailboxLock("INBOX");
    try {
      await client.messageDelete("1:*");
    } finally {
      lock.release();
    }
  });
  const uids: number[] = [];
  for (let i = 1; i <= count; i += 1) {
    const raw = textMessage({ subject: `Scale-out ${i}`, text: `Message ${i}` });
    uids.push(await appendMessage(GRACE, "INBOX", raw));
  }
  return uids;
}

async function openBrowser(browser: Browser, app: AppProcess) {
  const context = await browser.newContext({ baseURL: app.url });
  const page = await context.newPage();
  await page.goto("/mail/INBOX");
  await signIn(page, GRACE);
  await expect(page).toHaveURL(/\/mail\/INBOX$/);
  return { context, page };
}

/** The app process holding grace's watcher lease ("<host>:<pid>:<random>#<fence>"), if any. */
async function leaseHolder(): Promise<AppProcess | null> {
  const token = await redis.get(leaseKey);
  const pid = Number(token?.split(":")[1]);
  return apps.find((app) => app.alive && app.owns(pid)) ?? null;
}

test.describe("two processes sharing Redis", () => {
  test("run one watcher per user, fan changes out, and hand the watcher over when one dies", async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const logOffset = dovecotLogOffset();
    const [first, second, third] = (await resetGrace(3)).reverse() as [number, number, number];
    const contexts: BrowserContext[] = [];
    try {
      const a = await openBrowser(browser, apps[0]!);
      const b = await openBrowser(browser, apps[1]!);
      contexts.push(a.context, b.context);
      for (const { page } of [a, b]) await expect(messageRows(page)).toHaveCount(3);
      const pageOf = (app: AppProcess): Page => (app === apps[0] ? a.page : b.page);

      await test.step("exactly one IDLE watcher for grace across both processes", async () => {
        await expect.poll(leaseHolder, { message: "a process holds the lease" }).not.toBeNull();
        await expect.poll(() => watcherPids(GRACE, logOffset)).toHaveLength(1);
      });
      const holder = (await leaseHolder())!;
      const survivor = apps.find((app) => app !== holder)!;

      await test.step("a change in one browser shows in the other", async () => {
        await messageRow(a.page, first).click();
        await expect(messageRow(b.page, first)).toHaveAttribute("data-unread", "false");
        await b.page.goto(`/mail/INBOX/${second}`);
        await b.page
          .getByRole("article")
          .getByRole("button", { name: "Flag", exact: true })
          .click();
        await expect(messageRow(a.page, second)).toHaveAttribute("data-flagged", "true");
      });

      await test.step("still one watcher, still on the same process", async () => {
        expect(watcherPids(GRACE, logOffset)).toHaveLength(1);
        expect(await leaseHolder()).toBe(holder);
      });

      await test.step("killing the holder moves the watcher within 10 seconds", async () => {
        const killedAt = Date.now();
        await holder.kill();
        await expect.poll(leaseHolder, { timeout: 10_000, intervals: [100] }).toBe(survivor);
        const takeoverMs = Date.now() - killedAt;
        console.log(`watcher lease taken over ${takeoverMs} ms after SIGKILL of the holder`);
        expect(takeoverMs).toBeLessThan(10_000);
        await expect.poll(() => watcherPids(GRACE, logOffset)).toHaveLength(1);
      });

      await test.step("another IMAP client's changes still reach the surviving browser", async () => {
        const page = pageOf(survivor);
        await setFlags(GRACE, "INBOX", third, { add: ["\\Seen", "\\Flagged"] });
        await expect(messageRow(page, third)).toHaveAttribute("data-unread", "false");
        await expect(messageRow(page, third)).toHaveAttribute("data-flagged", "true");
        const fresh = await appendMessage(
          GRACE,
          "INBOX",
          textMessage({ subject: "After the takeover", text: "Still live." }),
        );
        await expect(messageRow(page, fresh)).toBeVisible();
      });
    } finally {
      for (const context of contexts) await context.close();
    }
  });

  test("sign-in failures counted through one process hold attempts back on the other", async ({
    browser,
  }) => {
    // Dovecot answers each wrong password after about 2 s (auth_failure_delay).
    test.setTimeout(180_000);
    // An address of its own (TEST-NET-3), so the limit and Dovecot's penalty fall on it alone.
    const address = `203.0.113.${randomInt(1, 255)}`;
    const account = `nobody-scale-${randomInt(1e9)}@example.test`;
    const pages = await Promise.all(
      apps.map(async (app) => {
        const context = await browser.newContext({
          baseURL: app.url,
          extraHTTPHeaders: { "X-Forwarded-For": address },
        });
        return context.newPage();
      }),
    );
    const alert = (page: Page) => page.locator('[role="alert"]:not(#__next-route-announcer__)');
    /** Submits the form and waits for the server action's answer (not a stale alert). */
    const attempt = async (page: Page) => {
      const answered = page.waitForResponse(
        (r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/login",
      );
      await signIn(page, account, "not-the-password-0451");
      await answered;
    };
    try {
      for (const page of pages) await page.goto("/login");
      // Ten wrong passwords, five through each process: neither saw ten itself.
      for (let n = 1; n <= 10; n += 1) {
        const page = pages[n % 2]!;
        await attempt(page);
        await expect(alert(page), `attempt ${n}`).toHaveText("Wrong email or password.");
      }
      for (const page of pages) {
        await attempt(page);
        await expect(alert(page)).toHaveText(
          /^Too many failed sign-in attempts\. Try again in \d+ seconds\.$/,
        );
      }
    } finally {
      for (const page of pages) await page.context().close();
    }
  });

  test("a tab behind a load balancer resumes its event stream on the other process, missing nothing", async ({
    browser,
  }) => {
    const [newer, older] = (await resetGrace(2)).reverse() as [number, number];
    const balancer = await startLoadBalancer(firstPort + 2, apps);
    const context = await browser.newContext({ baseURL: balancer.url });
    try {
      const page = await context.newPage();
      // What the tab's EventSource receives, per request, as Chromium reports it.
      const received: { requestId: string; eventId: string; data: string }[] = [];
      const cdp = await context.newCDPSession(page);
      cdp.on("Network.eventSourceMessageReceived", (message) => received.push(message));
      await cdp.send("Network.enable");
      await page.goto("/mail/INBOX");
      await signIn(page, GRACE);
      await expect(messageRows(page)).toHaveCount(2);
      const streams = () => balancer.routed.filter((r) => r.path.startsWith("/api/events"));
      await expect.poll(() => streams().length).toBe(1);

      // An event with an id, so that the tab has a Last-Event-ID to resume from.
      await setFlags(GRACE, "INBOX", older, { add: ["\\Seen"] });
      await expect(messageRow(page, older)).toHaveAttribute("data-unread", "false");
      await expect
        .poll(() => received.filter((m) => m.eventId.startsWith("r.")).length)
        .toBeGreaterThan(0);

      // The balancer cuts the stream and holds the reconnect back while another client flags a
      // message; then it sends the reconnect to the other process.
      const firstUpstream = streams()[0]!.upstream;
      const other = apps.find((app) => app.url !== firstUpstream)!;
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      balancer.pick = async (path) => {
        if (!path.startsWith("/api/events")) return balancer.roundRobin();
        await held;
        return other;
      };
      const firstRequest = received.at(-1)!.requestId;
      balancer.cutAll();
      await setFlags(GRACE, "INBOX", newer, { add: ["\\Flagged"] });
      // The change is in the shared log before the tab can ask for it.
      await expect
        .poll(async () =>
          JSON.stringify(await redis.xrevrange(`tegami:events:${GRACE}`, "+", "-", "COUNT", 5)),
        )
        .toContain(`\\"uid\\":${newer}`);
      release();

      await expect.poll(() => streams().length).toBe(2);
      // The last id the first stream delivered before the cut (an unread count may follow the
      // flag change by a few milliseconds): the tab resumes from exactly there.
      const lastSeen = received
        .filter((m) => m.requestId === firstRequest && m.eventId)
        .at(-1)!.eventId;
      expect(streams()[1]).toEqual({
        path: "/api/events",
        upstream: other.url,
        lastEventId: lastSeen,
      });
      await expect(messageRow(page, newer)).toHaveAttribute("data-flagged", "true");
      const resumed = () => received.filter((m) => m.requestId !== firstRequest);
      await expect.poll(() => resumed().some((m) => m.data.includes(`"uid":${newer}`))).toBe(true);
      // Replayed from the log with its own id, not replaced by a resync.
      const replayed = resumed().find((m) => m.data.includes(`"uid":${newer}`))!;
      expect(replayed.eventId).toMatch(/^r\.\d+-\d+$/);
      expect(JSON.parse(replayed.data)).toEqual({
        type: "flags",
        mailbox: "INBOX",
        uid: newer,
        flags: ["\\Flagged"],
      });
      expect(resumed().some((m) => m.data.includes('"resync"'))).toBe(false);
    } finally {
      await context.close();
      await balancer.close();
    }
  });
});
