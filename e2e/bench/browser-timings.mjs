// Tegami in Chromium: sign-in to the list (cold and warm), switching to the 100k mailbox, opening
// a plain and a large HTML message, page 20 of the list, a thread in conversation view (10k and
// 100k); bytes and requests of cold/warm loads.
// Every timer starts when the click (or reload) is dispatched and stops when the result is on
// screen; Playwright's polling adds a few milliseconds.
import { HTML_END_TEXT, HTML_SUBJECT, PLAIN_SUBJECT } from "./bench-data.mjs";
import {
  clickAndTime,
  clickNow,
  listInteractive,
  rowSelector,
  signInButtonReady,
  newContext,
  row,
  signedInPage,
} from "./browser-session.mjs";
import { passwordFor } from "../mailstack/lib.mjs";
import { BENCH_USER } from "./ensure-stack.mjs";
import { summarize } from "./stats.mjs";
import { trackTransfer } from "./transfer-sizes.mjs";

const settle = (page) => page.waitForLoadState("networkidle", { timeout: 3000 }).catch(() => {});

/** Cold: a new browser context signs in; warm: that page reloads. Also bytes of each load. */
async function signInRuns(browser, url, inbox, runs) {
  const cold = [];
  const withLoginPage = [];
  const warm = [];
  const warmInteractive = [];
  let transfer = null;
  for (let i = 0; i < runs; i += 1) {
    const context = await newContext(browser, url);
    const page = await context.newPage();
    const tracker = await trackTransfer(page);
    const opened = Date.now();
    await page.goto("/login?callbackUrl=%2Fmail%2FINBOX");
    await page.getByLabel("Email", { exact: true }).waitFor();
    const loginPageMs = Date.now() - opened;
    await page.getByLabel("Email", { exact: true }).fill(BENCH_USER);
    await page.getByLabel("Password", { exact: true }).fill(passwordFor(BENCH_USER));
    const ms = await clickAndTime(await signInButtonReady(page), {
      selector: rowSelector(inbox.newestUid),
    });
    cold.push(ms);
    withLoginPage.push(loginPageMs + ms);
    await settle(page);
    const coldLoad = tracker.summary();
    tracker.reset();
    const reloaded = Date.now();
    await page.reload({ waitUntil: "commit" });
    await row(page, inbox.newestUid).waitFor();
    warm.push(Date.now() - reloaded);
    await listInteractive(page);
    warmInteractive.push(Date.now() - reloaded);
    await settle(page);
    transfer = { cold: coldLoad, warm: tracker.summary() };
    await tracker.detach();
    await context.close();
  }
  return {
    signInCold: summarize(cold),
    signInWithLoginPage: summarize(withLoginPage),
    reloadWarm: summarize(warm),
    reloadInteractive: summarize(warmInteractive),
    transfer,
  };
}

const folderLink = (page, name) =>
  page.getByRole("navigation", { name: "Folders" }).getByRole("link", { name });

async function switchRuns(page, inbox, big, runs) {
  const to100k = [];
  const to10k = [];
  await page.goto("/mail/INBOX");
  await row(page, inbox.newestUid).waitFor();
  await listInteractive(page);
  for (let i = 0; i < runs; i += 1) {
    to100k.push(
      await clickAndTime(folderLink(page, new RegExp(`^${big.mailbox}`)), {
        selector: rowSelector(big.newestUid),
      }),
    );
    to10k.push(
      await clickAndTime(folderLink(page, /^Inbox/i), { selector: rowSelector(inbox.newestUid) }),
    );
  }
  return { switchTo100k: summarize(to100k), switchTo10k: summarize(to10k) };
}

/** Opens message `uid` from a fresh list; `open(link)` clicks and returns the milliseconds. */
async function openRuns(page, inbox, uid, open, runs) {
  const xs = [];
  for (let i = 0; i < runs; i += 1) {
    await page.goto("/mail/INBOX");
    await row(page, inbox.newestUid).waitFor();
    await listInteractive(page);
    xs.push(await open(row(page, uid).locator(`a[href*="/${uid}"]`).first()));
  }
  return summarize(xs);
}

/** From an open message to the one below it, which the list read ahead while this one was read. */
async function openNextRuns(page, uid, runs) {
  const xs = [];
  for (let i = 0; i < runs; i += 1) {
    await page.goto(`/mail/INBOX/${uid}`);
    const label = await page.getByRole("article").getAttribute("aria-label");
    await listInteractive(page);
    const next = page.locator('[role="row"]:has(a[aria-current="page"]) + [role="row"]');
    const nextUid = await next.getAttribute("data-uid");
    await page.waitForFunction(
      (u) => performance.getEntriesByType("resource").some((e) => e.name.includes(`/${u}?_rsc=`)),
      nextUid,
    );
    xs.push(
      await clickAndTime(next.locator("a").first(), {
        selector: "article",
        notLabel: label,
        path: `/${nextUid}`,
      }),
    );
  }
  return summarize(xs);
}

async function page20Runs(page, inbox, runs) {
  const top = (p) => inbox.newestUid - (p - 1) * 50;
  const click = [];
  const load = [];
  for (let i = 0; i < runs; i += 1) {
    await page.goto("/mail/INBOX?page=19");
    await row(page, top(19)).waitFor();
    await listInteractive(page);
    const older = page
      .getByRole("navigation", { name: "Pages" })
      .getByRole("link", { name: "Older" });
    click.push(await clickAndTime(older, { selector: rowSelector(top(20)) }));
    const loaded = Date.now();
    await page.goto("/mail/INBOX?page=20", { waitUntil: "commit" });
    await row(page, top(20)).waitFor();
    load.push(Date.now() - loaded);
  }
  return { page20Click: summarize(click), page20Load: summarize(load) };
}

/**
 * Conversation view: from a fresh list of `mailbox`, opens a thread of one message (the same
 * work in both mailboxes: the stack looks for the thread's other messages in the mailbox and in
 * Sent, then opens what it found). The third such row, past the INBOX's two probe messages.
 */
async function openThreadRuns(page, mailbox, runs) {
  const xs = [];
  for (let i = 0; i < runs; i += 1) {
    await page.goto(`/mail/${encodeURIComponent(mailbox)}`);
    const single = page
      .getByRole("grid", { name: "Messages" })
      .locator('[role="row"][data-thread-count="1"]')
      .nth(2);
    await single.waitFor();
    await listInteractive(page);
    const uid = await single.getAttribute("data-uid");
    xs.push(
      await clickAndTime(single.locator(`a[href*="/${uid}"]`).first(), {
        selector: "article",
        path: `/${uid}`,
      }),
    );
  }
  return summarize(xs);
}

export async function measureBrowser(browser, url, data, runs, log) {
  const { inbox, big, probes } = data;
  log("  sign-in, cold and warm");
  const signIn = await signInRuns(browser, url, inbox, runs);
  const context = await newContext(browser, url);
  const page = await signedInPage(context, BENCH_USER, inbox.newestUid);
  log("  mailbox switch");
  const switches = await switchRuns(page, inbox, big, runs);
  log("  open messages");
  const openPlain = await openRuns(
    page,
    inbox,
    probes.plainUid,
    (link) =>
      clickAndTime(link, {
        selector: `article[aria-label="${PLAIN_SUBJECT.replaceAll('"', '\\"')}"]`,
        text: "Line 40:",
      }),
    runs,
  );
  // The sandboxed frame's text is out of the page's reach: Playwright waits for it (its polling
  // adds up to a few tens of milliseconds).
  const frame = page.frameLocator('iframe[title="Message body"]');
  const openHtml = await openRuns(
    page,
    inbox,
    probes.htmlUid,
    async (link) => {
      const started = await clickNow(link);
      await page.getByRole("article", { name: HTML_SUBJECT }).waitFor();
      await frame.getByText(HTML_END_TEXT).waitFor();
      return Date.now() - started;
    },
    runs,
  );
  const openNext = await openNextRuns(page, probes.plainUid, runs);
  log("  page 20");
  const page20 = await page20Runs(page, inbox, runs);
  log("  conversation view");
  await context.addCookies([{ name: "tegami-list-view", value: "conversations", url }]);
  const openThread10k = await openThreadRuns(page, "INBOX", runs);
  const openThread100k = await openThreadRuns(page, big.mailbox, runs);
  await context.close();
  return {
    ...signIn,
    ...switches,
    openPlain,
    openHtml,
    openNext,
    ...page20,
    openThread10k,
    openThread100k,
  };
}
