// Journey: someone guesses a password. After 10 wrong passwords for one account from one
// address, that address must wait (refused before the IMAP server is asked); the owner, from
// another address, still gets in. The session cookie is httpOnly, SameSite=Lax, Secure over
// https, and new at every sign-in.
// Every browser here forges X-Forwarded-For from TEST-NET ranges, random per run: the
// throttle and Dovecot's auth penalty then hit those addresses, never 127.0.0.1, which the
// other specs sign in from.
import { randomInt } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { dovecotLogOffset, dovecotLogSince, loginsFrom } from "./support/dovecot-log";
import { CAROL } from "./support/fixtures.mjs";
import { messageList } from "./support/message-list";
import { signIn } from "./support/sign-in";
import { testStack } from "./support/test-imap";

const pathIs = (pathname: string) => (url: URL) => url.pathname === pathname;
/** role=alert, minus the route announcer Next.js adds to every page. */
const alerts = (page: Page) => page.locator('[role="alert"]:not(#__next-route-announcer__)');
const sessionCookie = "authjs.session-token";

// Distinct per test, from TEST-NET-2 and TEST-NET-3 (RFC 5737).
const attacker = `203.0.113.${randomInt(1, 128)}`;
const owner = `198.51.100.${randomInt(1, 128)}`;
const cookieClient = () => `198.51.100.${randomInt(128, 255)}`;
const httpsClient = `203.0.113.${randomInt(128, 255)}`;

async function browserAt(browser: Browser, address: string, headers: Record<string, string> = {}) {
  const context = await browser.newContext({
    extraHTTPHeaders: { "X-Forwarded-For": address, ...headers },
  });
  return { context, page: await context.newPage() };
}

/** Submits the sign-in form and waits for the server action's answer. */
async function submitSignIn(page: Page, user: string, password?: string) {
  const answered = page.waitForResponse(
    (response) =>
      response.request().method() === "POST" && pathIs("/login")(new URL(response.url())),
  );
  await signIn(page, user, password);
  return answered;
}

test.describe("guessing a password", () => {
  test("10 wrong passwords slow that address down; the owner still signs in from another", async ({
    browser,
  }) => {
    // Dovecot delays each wrong password by 2-6 s (auth_failure_delay and its penalty).
    test.setTimeout(180_000);
    const offset = dovecotLogOffset();
    const guesser = await browserAt(browser, attacker);
    await guesser.page.goto("/login");
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      await submitSignIn(guesser.page, CAROL, "not-the-password-0451");
      await expect(alerts(guesser.page), `attempt ${attempt}`).toHaveText(
        "Wrong email or password.",
      );
    }

    // The right password, but from the guessing address: refused without asking the server.
    await submitSignIn(guesser.page, CAROL);
    await expect(alerts(guesser.page)).toHaveText(
      /^Too many failed sign-in attempts\. Try again in \d+ seconds\.$/,
    );
    await expect(guesser.page).toHaveURL(pathIs("/login"));
    await expect(messageList(guesser.page)).toBeHidden();

    const rightful = await browserAt(browser, owner);
    await rightful.page.goto("/login");
    await signIn(rightful.page, CAROL);
    await expect(rightful.page).toHaveURL(pathIs("/mail/INBOX"));
    await expect(messageList(rightful.page)).toBeVisible();

    // Dovecot saw each browser's own address (IMAP ID x-originating-ip), and the guessing
    // address never got as far as a LOGIN that succeeded.
    await expect.poll(() => loginsFrom(offset, CAROL, owner).length).toBeGreaterThan(0);
    const failuresFrom = (address: string) =>
      dovecotLogSince(offset).filter(
        (line) => line.includes(`rip=${address},`) && line.includes("auth failed"),
      ).length;
    await expect.poll(() => failuresFrom(attacker)).toBe(10);
    expect(loginsFrom(offset, CAROL, attacker)).toEqual([]);
    await guesser.context.close();
    await rightful.context.close();
  });

  test("an unknown account gets the same answer as a wrong password", async ({ browser }) => {
    const client = await browserAt(browser, `198.51.100.${randomInt(1, 255)}`);
    await client.page.goto("/login");
    await submitSignIn(client.page, "nobody-here@example.test", "not-the-password-0451");
    await expect(alerts(client.page)).toHaveText("Wrong email or password.");
    await client.context.close();
  });
});

test.describe("the session cookie", () => {
  test("is httpOnly, SameSite=Lax, not Secure over http, and new at every sign-in", async ({
    browser,
  }) => {
    const { context, page } = await browserAt(browser, cookieClient());
    const values: string[] = [];
    for (let round = 0; round < 2; round += 1) {
      await context.clearCookies();
      await page.goto("/login");
      await signIn(page, CAROL);
      await expect(messageList(page)).toBeVisible();
      const cookie = (await context.cookies()).find((c) => c.name === sessionCookie);
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });
      // Expires after a week without use (the absolute cap of 30 days is checked server-side).
      const week = 7 * 24 * 60 * 60;
      expect(cookie!.expires).toBeGreaterThan(Date.now() / 1000 + week - 120);
      expect(cookie!.expires).toBeLessThan(Date.now() / 1000 + week + 120);
      values.push(cookie!.value);
      // The browser is remembered for this account (the per-account limit spares it), by a
      // cookie that names no account and that page scripts cannot read.
      const device = (await context.cookies()).find((c) => c.name === "tegami-device");
      expect(device).toMatchObject({ httpOnly: true, sameSite: "Lax" });
      expect(device!.value).not.toContain("carol");
    }
    expect(values[0]).not.toBe(values[1]);
    await context.close();
  });

  test("is Secure when the TLS proxy says the site is served over https", async ({ browser }) => {
    const { context, page } = await browserAt(browser, httpsClient, {
      "X-Forwarded-Proto": "https",
    });
    await page.goto("/login");
    const answer = await submitSignIn(page, CAROL);
    const setCookie = (await answer.headerValue("set-cookie")) ?? "";
    const session = setCookie.split("\n").find((c) => c.startsWith(`__Secure-${sessionCookie}=`));
    expect(session, setCookie).toBeDefined();
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
    await context.close();
  });

  test("ends 30 days after sign-in however active the session was", async ({
    browser,
    baseURL,
  }) => {
    // A cookie sealed with the server's own secret (playwright.config.ts shares AUTH_SECRET)
    // whose sign-in lies 31 days back: only its lifetime is wrong.
    const day = 24 * 60 * 60;
    const token = {
      email: CAROL,
      imapPassword: testStack().password(CAROL),
      signedInAt: Math.floor(Date.now() / 1000) - 31 * day,
    };
    const value = await encode({
      token,
      secret: process.env.AUTH_SECRET!,
      salt: sessionCookie,
      maxAge: 7 * day,
    });
    const { context, page } = await browserAt(browser, cookieClient());
    await context.addCookies([{ name: sessionCookie, value, url: baseURL! }]);
    await page.goto("/mail/INBOX");
    await expect(page).toHaveURL(pathIs("/login"));
    await expect
      .poll(async () => (await context.cookies()).some((c) => c.name === sessionCookie))
      .toBe(false);
    await context.close();
  });
});
