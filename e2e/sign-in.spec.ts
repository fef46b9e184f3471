// Journey: signing in. Deep links survive the detour through /login, the return address never
// leaves the site, the password is never sent back to the browser, a wrong password is refused.
// The wrong-password test is last on purpose: Dovecot then delays the next login from the same
// address (auth penalty), and in tests every browser comes from 127.0.0.1.
import { expect, test, type Page } from "@playwright/test";
import { BOB } from "./support/fixtures.mjs";
import { textMessage } from "./support/mail-fixtures";
import { messageList } from "./support/message-list";
import { safeDecode, watchForLeaks } from "./support/secret-leaks";
import { signIn } from "./support/sign-in";
import { appendMessage, testStack } from "./support/test-imap";

const pathIs = (pathname: string) => (url: URL) => url.pathname === pathname;
/** role=alert, minus the route announcer Next.js adds to every page. */
const alerts = (page: Page) => page.locator('[role="alert"]:not(#__next-route-announcer__)');

test.describe("signing in", () => {
  test("a deep link leads through sign-in to that message", async ({ page }) => {
    const subject = `Deep link check ${Date.now()}`;
    const uid = await appendMessage(
      BOB,
      "INBOX",
      textMessage({ subject, text: "You followed a link here." }),
    );
    await page.goto(`/mail/INBOX/${uid}`);
    await expect(page).toHaveURL(pathIs("/login"));
    await signIn(page, BOB);
    await expect(page).toHaveURL(pathIs(`/mail/INBOX/${uid}`));
    await expect(page.getByRole("article", { name: subject, exact: true })).toBeVisible();
  });

  test("the return address after sign-in never leaves the site", async ({
    page,
    context,
    baseURL,
  }) => {
    const offsite: string[] = [];
    await context.route(
      (url) => url.hostname === "evil.test" || url.hostname.endsWith(".evil.test"),
      async (route) => {
        offsite.push(route.request().url());
        await route.abort();
      },
    );
    for (const target of [
      "//evil.test",
      "https://evil.test/mail/INBOX",
      "/\\evil.test",
      "///evil.test",
    ]) {
      await context.clearCookies();
      await page.goto(`/login?callbackUrl=${encodeURIComponent(target)}`);
      await signIn(page, BOB);
      await expect(page, `callbackUrl=${target}`).toHaveURL(
        (url) => url.origin === new URL(baseURL!).origin && url.pathname.startsWith("/mail"),
      );
      await expect(messageList(page)).toBeVisible();
    }
    expect(offsite).toEqual([]);
  });

  test("the password never comes back to the browser", async ({ page, context }) => {
    const password = testStack().password(BOB);
    const watch = watchForLeaks(page, password);

    await page.goto("/login");
    await signIn(page, BOB);
    await expect(page).toHaveURL(pathIs("/mail/INBOX"));
    await expect(messageList(page)).toBeVisible();
    await page.reload();
    await expect(messageList(page)).toBeVisible();
    expect(await watch.leaks()).toEqual([]);

    const b64 = [
      Buffer.from(password).toString("base64"),
      Buffer.from(password).toString("base64url"),
    ];
    for (const cookie of await context.cookies()) {
      const value = safeDecode(cookie.value);
      expect(value, `cookie ${cookie.name}`).not.toContain(password);
      if (!cookie.httpOnly) {
        for (const encoded of b64)
          expect(value, `cookie ${cookie.name} (readable by scripts)`).not.toContain(encoded);
      }
    }
    const storage = await page.evaluate(() =>
      JSON.stringify({
        local: { ...localStorage },
        session: { ...sessionStorage },
        cookie: document.cookie,
      }),
    );
    expect(storage).not.toContain(password);
    for (const encoded of b64) expect(storage).not.toContain(encoded);
  });

  // keep last: see the note at the top
  test("a wrong password is refused with a clear message", async ({ page }) => {
    const wrong = "not-the-password-0451";
    const watch = watchForLeaks(page, wrong);
    await page.goto("/login");
    await signIn(page, BOB, wrong);
    const alert = alerts(page);
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(/password/i);
    await expect(page).toHaveURL(pathIs("/login"));
    await expect(page.getByLabel("Password", { exact: true })).toBeVisible();
    await expect(messageList(page)).toBeHidden();
    expect(await watch.leaks()).toEqual([]);
  });
});
