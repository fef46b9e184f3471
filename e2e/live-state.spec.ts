// Journey: one person, two browsers. Whatever changes a message — this app in the other
// browser, another IMAP client, Postfix delivering new mail, a dropped connection — both
// browsers show the server's state without a reload. The mail server is checked over IMAP.
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import type { ImapFlow } from "imapflow";
import { kickUser } from "./support/doveadm";
import { DAVE } from "./support/fixtures.mjs";
import { textMessage } from "./support/mail-fixtures";
import { messageRow, messageRows } from "./support/message-list";
import { deliverThroughPostfix } from "./support/postfix";
import { signIn } from "./support/sign-in";
import { appendMessage, messageFlags, setFlags, withImap } from "./support/test-imap";

const INBOX = "INBOX";
const PROJECTS = "Projects";

async function messageCount(client: ImapFlow, mailbox: string): Promise<number> {
  const status = await client.status(mailbox, { messages: true });
  return status ? (status.messages ?? 0) : 0;
}

/** dave's mailboxes as each test starts: INBOX with `count` unread messages, an empty Projects. */
async function resetDave(count: number): Promise<number[]> {
  await withImap(DAVE, async (client) => {
    for (const mailbox of (await client.list()).map((m) => m.path)) {
      if (mailbox === INBOX || (await messageCount(client, mailbox))) {
        const lock = await client.getMailboxLock(mailbox);
        try {
          await client.messageDelete("1:*");
        } finally {
          lock.release();
        }
      }
    }
    if (!(await client.list()).some((m) => m.path === PROJECTS))
      await client.mailboxCreate(PROJECTS);
  });
  const uids: number[] = [];
  for (let i = 1; i <= count; i += 1) {
    uids.push(
      await appendMessage(
        DAVE,
        INBOX,
        textMessage({ subject: `Live test ${i}`, text: `Message ${i}` }),
      ),
    );
  }
  return uids;
}

async function openBrowser(
  browser: Browser,
  baseURL: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/mail/INBOX");
  await signIn(page, DAVE);
  await expect(page).toHaveURL(/\/mail\/INBOX$/);
  return { context, page };
}

function inboxUnreadCount(page: Page) {
  return page
    .getByRole("navigation", { name: "Folders" })
    .getByRole("link", { name: /^Inbox/ })
    .locator("[data-unread-count]");
}

/** The Inbox's unread count as shown (0 when the count is hidden). */
async function shownUnread(page: Page): Promise<number> {
  const count = inboxUnreadCount(page);
  if (!(await count.isVisible())) return 0;
  return Number(/\d+/.exec((await count.textContent()) ?? "")?.[0] ?? 0);
}

async function openMoveMenu(page: Page): Promise<void> {
  await page.getByRole("article").getByRole("button", { name: "Move to…" }).click();
}

async function chooseMoveTarget(page: Page, mailbox: string): Promise<void> {
  await page
    .getByRole("menuitem", { name: mailbox })
    .or(page.getByRole("option", { name: mailbox }))
    .or(page.getByRole("dialog").getByRole("button", { name: mailbox }))
    .first()
    .click();
}

async function moveOpenMessageTo(page: Page, mailbox: string): Promise<void> {
  await openMoveMenu(page);
  await chooseMoveTarget(page, mailbox);
}

test.describe("live mailbox state", () => {
  let a: { context: BrowserContext; page: Page };
  let b: { context: BrowserContext; page: Page };
  let uids: number[];

  test.beforeEach(async ({ browser, baseURL }) => {
    uids = await resetDave(6);
    a = await openBrowser(browser, baseURL!);
    b = await openBrowser(browser, baseURL!);
    for (const { page } of [a, b]) await expect(messageRows(page)).toHaveCount(uids.length);
  });

  test.afterEach(async () => {
    await a?.context.close();
    await b?.context.close();
  });

  test("reading, flagging, archiving, deleting and moving in one browser show in the other", async () => {
    const [first, second, third, fourth] = uids.slice().reverse() as [
      number,
      number,
      number,
      number,
    ];
    await expect.poll(() => shownUnread(b.page)).toBe(6);

    await test.step("opening an unread message makes it read everywhere", async () => {
      await messageRow(a.page, first).click();
      await expect(messageRow(b.page, first)).toHaveAttribute("data-unread", "false");
      await expect.poll(() => shownUnread(b.page)).toBe(5);
      expect(await messageFlags(DAVE, INBOX, first)).toContain("\\Seen");
    });

    await test.step("flag and unflag", async () => {
      await a.page.getByRole("article").getByRole("button", { name: "Flag", exact: true }).click();
      await expect(messageRow(b.page, first)).toHaveAttribute("data-flagged", "true");
      await a.page.getByRole("article").getByRole("button", { name: "Unflag" }).click();
      await expect(messageRow(b.page, first)).toHaveAttribute("data-flagged", "false");
      expect(await messageFlags(DAVE, INBOX, first)).not.toContain("\\Flagged");
    });

    await test.step("mark as unread again", async () => {
      await a.page.getByRole("article").getByRole("button", { name: "Mark as unread" }).click();
      await expect(messageRow(b.page, first)).toHaveAttribute("data-unread", "true");
      await expect.poll(() => shownUnread(b.page)).toBe(6);
    });

    await test.step("archive", async () => {
      await a.page.getByRole("article").getByRole("button", { name: "Archive" }).click();
      await expect(messageRow(b.page, first)).toHaveCount(0);
      await expect(messageRow(a.page, first)).toHaveCount(0);
      await expect.poll(() => shownUnread(b.page)).toBe(5);
    });

    await test.step("delete", async () => {
      await messageRow(a.page, second).click();
      await a.page.getByRole("article").getByRole("button", { name: "Delete" }).click();
      await expect(messageRow(b.page, second)).toHaveCount(0);
    });

    await test.step("move to another mailbox", async () => {
      await messageRow(a.page, third).click();
      await moveOpenMessageTo(a.page, PROJECTS);
      await expect(messageRow(b.page, third)).toHaveCount(0);
      await expect(messageRow(b.page, fourth)).toBeVisible();
    });

    const remaining = await withImap(DAVE, async (client) => [
      await messageCount(client, "Archive"),
      await messageCount(client, "Trash"),
      await messageCount(client, PROJECTS),
    ]);
    expect(remaining).toEqual([1, 1, 1]);
  });

  test("archive can be undone, and a delete inside Trash asks first and is final", async () => {
    const [first, second] = uids.slice().reverse() as [number, number];
    await messageRow(a.page, first).click();
    await a.page.getByRole("article").getByRole("button", { name: "Archive" }).click();
    await expect(messageRow(b.page, first)).toHaveCount(0);
    await a.page.getByRole("status").getByRole("button", { name: "Undo" }).click();
    // Undo moves it back: a new UID in the Inbox, the same message.
    for (const { page } of [a, b]) {
      await expect(messageRows(page).filter({ hasText: "Live test 6" })).toHaveCount(1);
    }
    expect(await withImap(DAVE, (client) => messageCount(client, "Archive"))).toBe(0);

    await messageRow(a.page, second).click();
    await a.page.getByRole("article").getByRole("button", { name: "Delete" }).click();
    await expect(messageRow(b.page, second)).toHaveCount(0);
    await a.page.goto("/mail/Trash");
    await messageRows(a.page).first().click();
    await a.page.getByRole("article").getByRole("button", { name: "Delete" }).click();
    const confirm = a.page.getByRole("dialog");
    await expect(confirm).toContainText(/for good/);
    await confirm.getByRole("button", { name: "Delete" }).click();
    await expect.poll(() => withImap(DAVE, (client) => messageCount(client, "Trash"))).toBe(0);
    await expect(messageRows(a.page)).toHaveCount(0);
  });

  test("select all in this mailbox acts on every message at once", async () => {
    // More than a page: the messages on page 2 must be marked too.
    for (let i = 7; i <= 56; i += 1) {
      await appendMessage(
        DAVE,
        INBOX,
        textMessage({ subject: `Live test ${i}`, text: `Message ${i}` }),
      );
    }
    await expect.poll(() => shownUnread(a.page)).toBe(56);
    // The count arrives before the refreshed list: select only once the newest row is shown,
    // or a late refresh brings rows the selection never had.
    await expect(messageRows(a.page).first()).toContainText("Live test 56");
    await expect(messageRows(a.page)).toHaveCount(50);
    await a.page.getByRole("checkbox", { name: "Select all", exact: true }).check();
    await a.page.getByRole("button", { name: /^Select all \d+ messages in this mailbox$/ }).click();
    await a.page
      .getByRole("group", { name: "Actions on selected messages" })
      .getByRole("button", { name: "Mark as read" })
      .click();
    for (const { page } of [a, b]) {
      await expect(messageRows(page)).toHaveCount(50);
      await expect(page.locator('[data-uid][data-unread="true"]')).toHaveCount(0);
      await expect.poll(() => shownUnread(page)).toBe(0);
    }
    const unseen = await withImap(DAVE, async (client) => {
      await client.mailboxOpen(INBOX);
      return (await client.search({ seen: false }, { uid: true })) || [];
    });
    expect(unseen).toEqual([]);
  });

  test("changes made by another IMAP client appear in both browsers", async () => {
    const [first, second, third] = uids.slice().reverse() as [number, number, number];

    await setFlags(DAVE, INBOX, first, { add: ["\\Seen", "\\Flagged"] });
    for (const { page } of [a, b]) {
      await expect(messageRow(page, first)).toHaveAttribute("data-unread", "false");
      await expect(messageRow(page, first)).toHaveAttribute("data-flagged", "true");
      await expect.poll(() => shownUnread(page)).toBe(5);
    }

    await withImap(DAVE, async (client) => {
      await client.mailboxOpen(INBOX);
      await client.messageMove(String(second), PROJECTS, { uid: true });
      await client.messageDelete(String(third), { uid: true });
    });
    for (const { page } of [a, b]) {
      await expect(messageRow(page, second)).toHaveCount(0);
      await expect(messageRow(page, third)).toHaveCount(0);
      await expect(messageRows(page)).toHaveCount(uids.length - 2);
    }
  });

  test("mail delivered through Postfix appears at the top of the open Inbox", async () => {
    // Port 25 of the stack, as another mail server delivering to dave would use it.
    await deliverThroughPostfix({
      from: "Outside Sender <sender@example.test>",
      to: DAVE,
      subject: "Fresh from Postfix",
      text: "Delivered while you were looking.",
    });
    for (const { page } of [a, b]) {
      await expect(messageRows(page).first()).toContainText("Fresh from Postfix", {
        timeout: 15_000,
      });
      await expect(messageRows(page).first()).toHaveAttribute("data-unread", "true");
      await expect.poll(() => shownUnread(page)).toBe(7);
    }
  });

  test("after the server drops the connection, the browser shows exactly the server's state", async () => {
    const [first, second] = uids.slice().reverse() as [number, number];
    kickUser(DAVE);
    await setFlags(DAVE, INBOX, first, { add: ["\\Seen"] });
    await setFlags(DAVE, INBOX, second, { add: ["\\Flagged"] });
    kickUser(DAVE);
    for (const { page } of [a, b]) {
      await expect(messageRow(page, first)).toHaveAttribute("data-unread", "false", {
        timeout: 15_000,
      });
      await expect(messageRow(page, second)).toHaveAttribute("data-flagged", "true", {
        timeout: 15_000,
      });
      await expect.poll(() => shownUnread(page), { timeout: 15_000 }).toBe(5);
    }
  });

  test("a move the server refuses is rolled back and explained", async () => {
    const [first] = uids.slice().reverse() as [number];
    await messageRow(a.page, first).click();
    await expect(a.page.getByRole("article")).toBeVisible();
    // The target disappears while the menu is open (deleted from another client).
    await openMoveMenu(a.page);
    await withImap(DAVE, (client) => client.mailboxDelete(PROJECTS));
    await chooseMoveTarget(a.page, PROJECTS);
    await expect(
      a.page.getByRole("alert").filter({ hasText: /does not exist|no longer exists/i }),
    ).toBeVisible();
    await expect(messageRow(a.page, first)).toBeVisible();
    await expect(messageRow(b.page, first)).toBeVisible();
    expect(await withImap(DAVE, (client) => messageCount(client, INBOX))).toBe(uids.length);
  });
});

test.describe("two app processes", () => {
  test("a change made through one process shows in a browser on the other", async ({
    browser,
    baseURL,
  }) => {
    const uids = await resetDave(3);
    const first = uids[uids.length - 1]!;
    const a = await openBrowser(browser, baseURL!);
    const b = await openBrowser(browser, process.env.E2E_SECOND_URL!);
    try {
      await messageRow(a.page, first).click();
      await expect(messageRow(b.page, first)).toHaveAttribute("data-unread", "false");
      await a.page.getByRole("article").getByRole("button", { name: "Flag", exact: true }).click();
      await expect(messageRow(b.page, first)).toHaveAttribute("data-flagged", "true");
    } finally {
      await a.context.close();
      await b.context.close();
    }
  });
});
