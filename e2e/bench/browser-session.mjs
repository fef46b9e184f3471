// Chromium as the end-to-end specs launch it, and the sign-in of the UI contract.
import { chromium } from "@playwright/test";
import { passwordFor } from "../mailstack/lib.mjs";
import { chromiumLaunchOptions } from "../support/chromium.mjs";

export function launchBrowser() {
  return chromium.launch(chromiumLaunchOptions);
}

// BENCH_NO_SW=1 blocks the service worker, to tell its share of a figure from the app's.
export const newContext = (browser, url) =>
  browser.newContext({
    baseURL: url,
    locale: "en-US",
    timezoneId: "UTC",
    serviceWorkers: process.env.BENCH_NO_SW ? "block" : "allow",
  });

/** A row of the message list (grid named Messages) by UID. */
export const row = (page, uid) =>
  page.getByRole("grid", { name: "Messages" }).locator(`[data-uid="${uid}"]`);

/** Clicks `locator` from inside the page, so the timer starts when the click is dispatched. */
export async function clickNow(locator) {
  await locator.waitFor();
  const started = Date.now();
  await locator.evaluate((el) => el.click());
  return started;
}

/** Fills the sign-in form on the current page and submits it; returns when the click was dispatched. */
export async function submitSignIn(page, user) {
  await page.getByLabel("Email", { exact: true }).fill(user);
  await page.getByLabel("Password", { exact: true }).fill(passwordFor(user));
  return clickNow(page.getByRole("button", { name: "Sign in", exact: true }));
}

/** The selector of a list row by UID, for timings taken inside the page. */
export const rowSelector = (uid) => `[role="grid"] [data-uid="${uid}"]`;

/**
 * Clicks `locator` and times, inside the page, until `until` holds: an element matching
 * `until.selector` (whose text contains `until.text`, whose aria-label is not `until.notLabel`)
 * on a path ending in `until.path`. Polled every frame, so no Playwright round trip or polling
 * interval is counted. For navigations inside the app (the document stays); milliseconds.
 */
export async function clickAndTime(locator, until) {
  await locator.waitFor();
  return locator.evaluate(
    (el, want) =>
      new Promise((resolve) => {
        const met = () => {
          if (want.path && !location.pathname.endsWith(want.path)) return false;
          const node = document.querySelector(want.selector);
          if (!node) return false;
          if (want.notLabel !== undefined && node.getAttribute("aria-label") === want.notLabel)
            return false;
          return !want.text || (node.textContent ?? "").includes(want.text);
        };
        const started = performance.now();
        el.click();
        const poll = () =>
          met() ? resolve(Math.round(performance.now() - started)) : requestAnimationFrame(poll);
        requestAnimationFrame(poll);
      }),
    until,
  );
}

/** The sign-in button once React has hydrated it (a user takes longer than that to type). */
export async function signInButtonReady(page) {
  await page.waitForFunction(() => {
    const button = document.querySelector('form button[type="submit"]');
    return !!button && Object.keys(button).some((key) => key.startsWith("__reactProps$"));
  });
  return page.getByRole("button", { name: "Sign in", exact: true });
}

/** A page signed in as `user` showing the INBOX list (whose newest row is `newestUid`, if given). */
export async function signedInPage(context, user, newestUid) {
  const page = await context.newPage();
  await page.goto("/login?callbackUrl=%2Fmail%2FINBOX");
  await submitSignIn(page, user);
  await page.waitForURL(/\/mail\/INBOX/);
  if (newestUid) await row(page, newestUid).waitFor();
  else await page.getByRole("grid", { name: "Messages" }).waitFor();
  return page;
}

/**
 * Resolves once React has hydrated the list (its first row's link carries React's props).
 * A click before that is a full page load, not the in-app navigation being measured.
 */
export async function listInteractive(page) {
  await page.waitForFunction(() => {
    const link = document.querySelector('[role="grid"] [role="row"] a');
    return !!link && Object.keys(link).some((key) => key.startsWith("__reactProps$"));
  });
}
