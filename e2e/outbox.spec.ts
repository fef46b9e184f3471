// Journey: oscar works through a dropped connection. With the mail screen loaded, the browser
// goes offline: he marks the message he read as unread, flags another and writes a message,
// which waits in the Outbox. Back online, the server gets the changes and exactly one copy of
// the message, also when the first send reached the server but its answer was lost. A queued
// delete of a message moved away meanwhile is dropped quietly. Sign-out clears the queues.
// Every outcome is checked over IMAP, never through the UI alone.
import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { textMessage } from "./support/mail-fixtures";
import { listedUids, messageList, messageRow } from "./support/message-list";
import { postfixQueueEmpty } from "./support/postfix";
import { appendAll, resetMailboxes } from "./support/reset-mailboxes";
import { signIn } from "./support/sign-in";
import { mailboxUids, messageFlags, searchUids, withImap } from "./support/test-imap";

// Requests are intercepted here (page.route): each context blocks the service worker, because
// its static routing sends requests straight to the network, past Playwright's interception.

const OSCAR = "oscar@example.test";
const from = { name: "Paula", address: "paula@example.test" };
const to = { name: "Oscar", address: OSCAR };
const outboxText = "Saved to Outbox; it will be sent when you are back online";

async function signedIn(browser: Browser, baseURL: string, path = "/mail/INBOX"): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "en-US", serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(path);
  await signIn(page, OSCAR);
  await expect(page).toHaveURL(new RegExp(`${path.replace("?", "\\?")}$`));
  return page;
}

/** Names of this origin's queue databases on the device. */
function queueDatabases(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    (await indexedDB.databases())
      .map((info) => info.name ?? "")
      .filter((name) => name.startsWith("tegami-queue-")),
  );
}

const outboxEntry = (page: Page) =>
  page.getByRole("navigation", { name: "Folders" }).getByRole("button", { name: /^Outbox/ });

async function write(page: Page, subject: string, body: string): Promise<void> {
  await page.getByLabel("To", { exact: true }).fill(OSCAR);
  await page.getByLabel("Subject", { exact: true }).fill(subject);
  await page.getByRole("textbox", { name: "Message", exact: true }).fill(body);
  await page.getByRole("button", { name: "Send", exact: true }).click();
}

/** Exactly one copy arrived, and nothing more is on its way (Postfix's queue is empty). */
async function expectDeliveredOnce(tag: string): Promise<void> {
  await expect
    .poll(() => searchUids(OSCAR, "INBOX", { subject: tag }), { timeout: 20_000 })
    .toHaveLength(1);
  await expect.poll(() => searchUids(OSCAR, "Sent", { subject: tag })).toHaveLength(1);
  await expect.poll(() => postfixQueueEmpty(), { timeout: 20_000 }).toBe(true);
  expect(await searchUids(OSCAR, "INBOX", { subject: tag })).toHaveLength(1);
  expect(await searchUids(OSCAR, "Sent", { subject: tag })).toHaveLength(1);
}

test.describe("offline actions and the Outbox", () => {
  test.beforeEach(async () => {
    await resetMailboxes(OSCAR);
  });

  test("changes and a message made offline reach the server once the connection returns", async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const tag = randomBytes(3).toString("hex");
    const [read, other] = await appendAll(OSCAR, "INBOX", [
      { raw: textMessage({ from, to, subject: `Minutes ${tag}`, text: "The minutes.\n" }) },
      { raw: textMessage({ from, to, subject: `Agenda ${tag}`, text: "The agenda.\n" }) },
    ]);

    const page = await signedIn(browser, baseURL!);
    await messageRow(page, read!).getByRole("link").first().click();
    await expect(page.getByRole("article", { name: `Minutes ${tag}` })).toBeVisible();
    await expect.poll(() => messageFlags(OSCAR, "INBOX", read!)).toContain("\\Seen");
    // The composer was open in another tab when the connection went.
    const composer = await page.context().newPage();
    await composer.goto("/compose");
    await expect(composer.getByLabel("To", { exact: true })).toBeEditable();

    await page.context().setOffline(true);
    await page.getByRole("article").getByRole("button", { name: "Mark as unread" }).click();
    await expect(page.getByRole("status").getByText("Will be done when back online")).toBeVisible();
    await expect(messageRow(page, read!)).toHaveAttribute("data-unread", "true");
    await page.getByRole("checkbox", { name: `Select Agenda ${tag}` }).check();
    await page
      .getByRole("group", { name: "Actions on selected messages" })
      .getByRole("button", { name: "Flag", exact: true })
      .click();
    await expect(messageRow(page, other!)).toHaveAttribute("data-flagged", "true");

    await write(composer, `Offline note ${tag}`, `Written on the train (${tag}).`);
    await expect(composer.getByRole("status").filter({ hasText: outboxText })).toBeVisible();
    await expect(outboxEntry(page).locator("[data-outbox-count]")).toHaveText("1");
    await outboxEntry(page).click();
    const outbox = page.getByRole("list", { name: "Outbox" });
    await expect(outbox.getByRole("listitem")).toHaveCount(1);
    await expect(outbox.getByRole("listitem")).toContainText(`Offline note ${tag}`);
    await page.getByRole("dialog").getByRole("button", { name: "Close" }).click();
    // Nothing reached the server while offline.
    expect(await messageFlags(OSCAR, "INBOX", read!)).toContain("\\Seen");
    expect(await messageFlags(OSCAR, "INBOX", other!)).not.toContain("\\Flagged");
    expect(await searchUids(OSCAR, "INBOX", { subject: `Offline note ${tag}` })).toHaveLength(0);

    await page.context().setOffline(false);
    await expect.poll(() => messageFlags(OSCAR, "INBOX", read!)).not.toContain("\\Seen");
    await expect.poll(() => messageFlags(OSCAR, "INBOX", other!)).toContain("\\Flagged");
    await expectDeliveredOnce(`Offline note ${tag}`);
    await expect(outboxEntry(page)).toBeHidden();
    await expect(messageRow(page, read!)).toHaveAttribute("data-unread", "true");
    await expect(messageRow(page, other!)).toHaveAttribute("data-flagged", "true");

    // The queues belong to oscar alone: signing out leaves none on the device.
    expect(await queueDatabases(page)).toHaveLength(1);
    await composer.close();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    expect(await queueDatabases(page)).toEqual([]);
    await page.context().close();
  });

  test("a send whose answer was lost is sent again with its Message-ID and delivered once", async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const tag = randomBytes(3).toString("hex");
    const subject = `Lost answer ${tag}`;
    const page = await signedIn(browser, baseURL!, "/compose");
    const context = page.context();
    let sends = 0;
    page.on("request", (request) => {
      if (request.method() === "POST" && request.url().endsWith("/api/compose/send")) sends += 1;
    });
    // The server gets the first send and answers; the connection drops before the answer.
    await page.route(
      "**/api/compose/send",
      async (route) => {
        await route.fetch();
        await context.setOffline(true);
        await route.abort("internetdisconnected");
      },
      { times: 1 },
    );
    await write(page, subject, `Sent once only (${tag}).`);
    await expect(page.getByRole("status").filter({ hasText: outboxText })).toBeVisible();
    // It went out before the connection dropped.
    await expect
      .poll(() => searchUids(OSCAR, "INBOX", { subject }), { timeout: 20_000 })
      .toHaveLength(1);

    await context.setOffline(false);
    await expect(page).toHaveURL(/\/mail\/INBOX/);
    await expect(
      page.getByRole("status").getByText(`Sent from the Outbox: ${subject}`),
    ).toBeVisible();
    expect(sends).toBe(2);
    await expect(outboxEntry(page)).toBeHidden();
    await expectDeliveredOnce(subject);
    await context.close();
  });

  test("a message the server refuses stays in the Outbox, marked, and is kept in Drafts", async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const subject = `Refused ${randomBytes(3).toString("hex")}`;
    const page = await signedIn(browser, baseURL!, "/compose");
    await expect(page.getByLabel("To", { exact: true })).toBeEditable();
    await page.context().setOffline(true);
    await page.getByLabel("To", { exact: true }).fill("nobody-here@example.test");
    await page.getByLabel("Subject", { exact: true }).fill(subject);
    await page.getByRole("textbox", { name: "Message", exact: true }).fill("To no one.");
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: outboxText })).toBeVisible();

    await page.context().setOffline(false);
    await expect(
      page.getByRole("alert").filter({ hasText: `Could not send "${subject}"` }),
    ).toBeVisible({ timeout: 20_000 });
    await expect(outboxEntry(page).locator("[data-outbox-count]")).toHaveText("1");
    await outboxEntry(page).click();
    const entry = page.getByRole("list", { name: "Outbox" }).getByRole("listitem");
    await expect(entry).toContainText(subject);
    await expect(entry).toContainText("Not sent:");
    await expect(entry.getByRole("link", { name: "Edit in Drafts" })).toBeVisible();
    expect(await searchUids(OSCAR, "Drafts", { subject })).toHaveLength(1);
    expect(await searchUids(OSCAR, "Sent", { subject })).toHaveLength(0);

    await entry.getByRole("button", { name: "Remove from Outbox" }).click();
    await expect(outboxEntry(page)).toBeHidden();
    await page.context().close();
  });

  test("a delete queued offline of a message moved away meanwhile is dropped without an error", async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const tag = randomBytes(3).toString("hex");
    const [moved, kept] = await appendAll(OSCAR, "INBOX", [
      { raw: textMessage({ from, to, subject: `Receipt ${tag}`, text: "A receipt.\n" }) },
      { raw: textMessage({ from, to, subject: `Ticket ${tag}`, text: "A ticket.\n" }) },
    ]);
    const page = await signedIn(browser, baseURL!);
    await expect(messageRow(page, moved!)).toBeVisible();

    await page.context().setOffline(true);
    await page.getByRole("checkbox", { name: `Select Receipt ${tag}` }).check();
    await page
      .getByRole("group", { name: "Actions on selected messages" })
      .getByRole("button", { name: "Delete", exact: true })
      .click();
    await expect(messageRow(page, moved!)).toBeHidden();
    await expect(page.getByRole("status").getByText("Will be done when back online")).toBeVisible();
    // Meanwhile another client files the message elsewhere.
    await withImap(OSCAR, async (client) => {
      await client.mailboxCreate("Receipts");
      await client.mailboxOpen("INBOX");
      await client.messageMove(String(moved), "Receipts", { uid: true });
    });

    await page.context().setOffline(false);
    await expect(
      page.getByRole("status").getByText(/^A change made offline was not needed/),
    ).toBeVisible();
    // (Next.js announces each page title in an alert of its own: "Inbox · Tegami".)
    const errors = page.getByRole("alert").filter({ hasText: /\S/, hasNotText: /· Tegami$/ });
    await expect(errors).toHaveCount(0);
    await expect.poll(() => listedUids(page)).toEqual([kept]);
    expect(await mailboxUids(OSCAR, "INBOX")).toEqual([kept]);
    expect(await searchUids(OSCAR, "Receipts", { subject: `Receipt ${tag}` })).toHaveLength(1);
    expect(await searchUids(OSCAR, "Trash", { subject: `Receipt ${tag}` })).toHaveLength(0);
    await expect(messageList(page)).toBeVisible();
    await page.context().close();
  });
});
