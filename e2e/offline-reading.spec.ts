// Journey: kim reads mail on a train. Online, kim opens a plain message and an HTML one and flags
// one; another message was flagged on kim's phone. Offline, a reload still shows the Inbox, the
// mail kim opened (and the flagged one, fetched in the background) opens with its body, a message
// never opened says it is not kept, and the composer opens; all under a clear offline notice
// (in Japanese when kim reads Tegami in Japanese). Back online the notice goes and the list is
// the server's again, without reloading the tab; after Sign out nothing of kim's mail is left on
// the device, and Cache Storage holds only the app's own files.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { appEnv, startApp, type AppProcess } from "./support/app-process";
import { htmlWithRemoteImage, textMessage } from "./support/mail-fixtures";
import { postfixQueueEmpty } from "./support/postfix";
import { listedUids, messageList, messageRow, messageRows } from "./support/message-list";
import { appendAll, resetMailboxes } from "./support/reset-mailboxes";
import { appendMessage, messageFlags, searchUids } from "./support/test-imap";
import { signIn } from "./support/sign-in";

const KIM = "kim@example.test";
const OFFLINE_NOTICE = "Offline — showing mail saved on this device";
const tag = randomBytes(3).toString("hex");
const to = { name: "Kim", address: KIM };
const from = { name: "Lee", address: "lee@example.test" };
const subjects = {
  plain: `Train times ${tag}`,
  html: `Quarterly letter ${tag}`,
  phone: `Flagged on the phone ${tag}`,
  unopened: `Never opened ${tag}`,
  arrived: `Arrived while offline ${tag}`,
  note: `Written offline ${tag}`,
};
const htmlText = `The numbers for the quarter ${tag}`;
const uids = { plain: 0, html: 0, phone: 0, unopened: 0 };

/** The records of one store of kim's device store (what kim could read offline). */
function savedRecords<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(async (store) => {
    const names = (await indexedDB.databases()).map((info) => info.name ?? "");
    const name = names.find((n) => n.startsWith("tegami-mail-"));
    if (!name) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!db.objectStoreNames.contains(store)) return [];
      return await new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, store);
}

async function savedMessageUids(page: Page): Promise<number[]> {
  const records = await savedRecords<{ uid: number }>(page, "messages");
  return records.map((record) => record.uid).sort((a, b) => a - b);
}

function offlineNotice(page: Page) {
  return page.getByRole("status").filter({ hasText: OFFLINE_NOTICE });
}

async function openFromList(page: Page, uid: number, subject: string) {
  await messageRow(page, uid).getByRole("link").click();
  await expect(page.getByRole("article", { name: subject })).toBeVisible();
}

test.beforeAll(async () => {
  await resetMailboxes(KIM);
  const day = (n: number) => new Date(Date.UTC(2026, 10, n, 9));
  const appended = await appendAll(KIM, "INBOX", [
    {
      raw: textMessage({ from, to, subject: subjects.plain, text: `Dep 07:12 ${tag}\n` }),
      date: day(1),
    },
    {
      raw: htmlWithRemoteImage({
        from,
        to,
        subject: subjects.html,
        text: htmlText,
        imageUrl: "https://images.example.test/chart.png",
      }),
      date: day(2),
    },
    {
      raw: textMessage({ from, to, subject: subjects.phone, text: `Keep this ${tag}\n` }),
      flags: ["\\Flagged"],
      date: day(3),
    },
    { raw: textMessage({ from, to, subject: subjects.unopened, text: "Later.\n" }), date: day(4) },
  ]);
  const [plain, html, phone, unopened] = appended;
  if (!plain || !html || !phone || !unopened) throw new Error("APPEND returned too few UIDs");
  Object.assign(uids, { plain, html, phone, unopened });
});

test("mail read online is readable offline, and gone from the device after Sign out", async ({
  page,
  context,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  // A shell cache left by an earlier build: the worker of this build deletes it.
  await page.goto("/login?lang=en");
  await page.evaluate(async () => {
    const previous = await caches.open("tegami-shell-previous-build");
    await previous.put("/offline", new Response("an older build's page"));
  });
  await page.goto("/mail/INBOX?lang=en");
  await signIn(page, KIM);
  await expect(page).toHaveURL(/\/mail\/INBOX/);
  await expect(messageRows(page)).toHaveCount(4);
  // The worker controls the page once this build's shell is cached (install waits for it).
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const build = await page.evaluate(async () => {
    const script = await (await fetch("/sw-build.js")).text();
    return (/"build":"([^"]+)"/.exec(script) ?? [])[1];
  });
  expect(build).toBeTruthy();
  await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([`tegami-shell-${build}`]);

  await openFromList(page, uids.plain, subjects.plain);
  await expect(page.getByText(`Dep 07:12 ${tag}`)).toBeVisible();
  await openFromList(page, uids.html, subjects.html);
  const body = page.frameLocator('iframe[title="Message body"]');
  await expect(body.getByText(htmlText)).toBeVisible();
  await page.getByRole("button", { name: "Flag", exact: true }).click();
  await expect(messageRow(page, uids.html)).toHaveAttribute("data-flagged", "true");

  // A fresh page: the server's list (with the flag) is what the device keeps of the Inbox, and
  // the phone's flagged message is fetched while the browser is idle.
  await page.reload();
  await expect(messageRow(page, uids.html)).toHaveAttribute("data-flagged", "true");
  await expect
    .poll(() => savedMessageUids(page), { timeout: 20_000 })
    .toEqual([uids.plain, uids.html, uids.phone].sort((a, b) => a - b));

  await page.goto("/mail/INBOX");
  await expect(messageRows(page)).toHaveCount(4);
  await context.setOffline(true);
  await page.reload();
  await expect(offlineNotice(page)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Folders" })).toBeVisible();
  await expect(messageRows(page)).toHaveCount(4);
  await expect(messageRow(page, uids.html)).toHaveAttribute("data-flagged", "true");
  await expect(messageRow(page, uids.phone)).toHaveAttribute("data-flagged", "true");
  await expect(messageRow(page, uids.plain)).toHaveAttribute("data-unread", "false");
  await expect(messageRow(page, uids.unopened)).toHaveAttribute("data-unread", "true");

  await openFromList(page, uids.html, subjects.html);
  await expect(body.getByText(htmlText)).toBeVisible();
  await expect(offlineNotice(page)).toBeVisible();
  await openFromList(page, uids.plain, subjects.plain);
  await expect(page.getByText(`Dep 07:12 ${tag}`)).toBeVisible();
  // The action queue works in the offline views: marked unread now, on the server once online.
  await page.getByRole("article").getByRole("button", { name: "Mark as unread" }).click();
  await expect(messageRow(page, uids.plain)).toHaveAttribute("data-unread", "true");
  // Kept on the device too, so the offline views show it after the next page load.
  await expect
    .poll(async () => {
      const pages = await savedRecords<{ data: { envelopes: { uid: number; flags: string[] }[] } }>(
        page,
        "pages",
      );
      const envelope = pages.flatMap((p) => p.data.envelopes).find((e) => e.uid === uids.plain);
      return envelope?.flags.includes("\\Seen");
    })
    .toBe(false);
  await openFromList(page, uids.phone, subjects.phone);
  await expect(page.getByText(`Keep this ${tag}`)).toBeVisible();
  await expect(messageRow(page, uids.plain)).toHaveAttribute("data-unread", "true");
  await expect(page.getByRole("button", { name: "Unflag", exact: true })).toBeVisible();

  await messageRow(page, uids.unopened).getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/mail/INBOX/${uids.unopened}$`));
  await expect(
    page.getByRole("heading", { name: "This message is not available offline" }),
  ).toBeVisible();

  // The composer opens offline, and what is sent from it waits in the Outbox.
  await page.goto("/compose");
  await expect(offlineNotice(page)).toBeVisible();
  await page.getByLabel("To", { exact: true }).fill(KIM);
  await page.getByLabel("Subject", { exact: true }).fill(subjects.note);
  await page.getByRole("textbox", { name: "Message", exact: true }).fill(`On the train ${tag}.`);
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "it will be sent when you are back online" }),
  ).toBeVisible();
  expect(await searchUids(KIM, "INBOX", { subject: subjects.note })).toHaveLength(0);
  expect(await messageFlags(KIM, "INBOX", uids.plain)).toContain("\\Seen");

  // On a phone the notice fits beside the rest of the header.
  const desktop = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/mail/INBOX");
  await expect(messageRows(page)).toHaveCount(4);
  await expect(offlineNotice(page)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize(desktop);

  // Mail arrives meanwhile; back online, the list is the server's (and live) again.
  const arrived = await appendMessage(
    KIM,
    "INBOX",
    textMessage({ from, to, subject: subjects.arrived, text: "Hello.\n" }),
  );
  // The tab is not reloaded on the way back: what runs in it (the Outbox sending) keeps running.
  await page.evaluate(() => Object.assign(window, { tegamiSameTab: true }));
  await context.setOffline(false);
  await expect(messageRow(page, arrived)).toBeVisible();
  expect(await page.evaluate(() => "tegamiSameTab" in window)).toBe(true);
  // What was done offline reached the server: the mark, and the message, delivered once.
  await expect.poll(() => messageFlags(KIM, "INBOX", uids.plain)).not.toContain("\\Seen");
  await expect
    .poll(() => searchUids(KIM, "INBOX", { subject: subjects.note }), { timeout: 20_000 })
    .toHaveLength(1);
  await expect.poll(() => searchUids(KIM, "Sent", { subject: subjects.note })).toHaveLength(1);
  // Exactly one: nothing more is on its way once Postfix's queue is empty.
  await expect.poll(() => postfixQueueEmpty(), { timeout: 20_000 }).toBe(true);
  expect(await searchUids(KIM, "INBOX", { subject: subjects.note })).toHaveLength(1);
  await expect(offlineNotice(page)).toHaveCount(0);
  await expect(messageList(page)).toBeVisible();
  const later = await appendMessage(
    KIM,
    "INBOX",
    textMessage({ from, to, subject: `Live again ${tag}`, text: "Hi.\n" }),
  );
  await expect.poll(() => listedUids(page)).toContain(later);

  // Read in Japanese, the offline notice is in Japanese too.
  await page.goto("/mail/INBOX?lang=ja");
  // The grid's name is Japanese now: the row is found by its UID.
  const laterRow = page.locator(`[role="grid"] [role="row"][data-uid="${later}"]`);
  await expect(laterRow).toBeVisible();
  await expect
    .poll(async () => {
      const meta = await savedRecords<{ name: string; lang?: string }>(page, "meta");
      return meta.find((record) => record.name === "account")?.lang;
    })
    .toBe("ja");
  await context.setOffline(true);
  await page.reload();
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: "オフライン — この端末に保存したメールを表示しています" }),
  ).toBeVisible();
  await expect(laterRow).toBeVisible();
  await context.setOffline(false);
  await page.goto("/mail/INBOX?lang=en");

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect
    .poll(() =>
      page.evaluate(async () =>
        (await indexedDB.databases())
          .map((info) => info.name)
          .filter((n) => n?.startsWith("tegami-")),
      ),
    )
    .toEqual([]);
  // Cache Storage holds the app's own files only: the offline page and the build's assets.
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys())
        urls.push(new URL(request.url).pathname);
    return urls;
  });
  expect(cached.length).toBeGreaterThan(1);
  expect(
    cached.filter((path) => path !== "/offline" && !path.startsWith("/_next/static/")),
  ).toEqual([]);
  // The offline page hydrated at mail addresses without a script error.
  expect(errors).toEqual([]);
});

// Two builds of Tegami served one after the other at the same address (copies of this build's
// standalone server with build ids of their own): the second build's worker caches its own
// shell and deletes the first's, so an offline page is never put together from two builds.
test("a new build's service worker replaces the previous build's shell cache", async ({
  browser,
}) => {
  const port = Number(process.env.E2E_PORT || 3100) + 2;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tegami-builds-"));
  const env = appEnv({ AUTH_SECRET: randomBytes(32).toString("base64") });
  const builds = ["build-one", "build-two"].map((id) => {
    const copy = path.join(dir, id);
    execFileSync("cp", ["-al", path.resolve(".next/standalone"), copy]);
    // A file of its own, not the hard-linked one: the original build keeps its id.
    fs.rmSync(path.join(copy, ".next", "BUILD_ID"));
    fs.writeFileSync(path.join(copy, ".next", "BUILD_ID"), id);
    return { id, script: path.join(copy, "server.mjs") };
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  const shellCaches = () =>
    page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith("tegami-shell-")));
  let app: AppProcess | null = null;
  try {
    app = await startApp(port, env, builds[0]!.script);
    await page.goto(`${app.url}/mail/INBOX?lang=en`);
    await signIn(page, KIM);
    await expect(messageList(page)).toBeVisible();
    await expect.poll(shellCaches).toEqual(["tegami-shell-build-one"]);
    // Closed first: a page of build one would reload itself on meeting build two (version skew).
    await page.goto("about:blank");
    await app.stop();

    app = await startApp(port, env, builds[1]!.script);
    // A navigation checks the worker for updates: /sw-build.js now names another build.
    await page.goto(`${app.url}/mail/INBOX`);
    await expect(messageList(page)).toBeVisible();
    await expect.poll(shellCaches, { timeout: 20_000 }).toEqual(["tegami-shell-build-two"]);
  } finally {
    await context.close();
    await app?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
