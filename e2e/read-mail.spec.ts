// Journey: a reader signs in, pages through the inbox, opens mail (ISO-2022-JP Japanese, HTML
// with a remote image, an attachment) and signs out. Driven only through the UI contract
// (roles, names, data-* attributes); the mail server is checked directly over IMAP.
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { escapeRegExp } from "./support/escape-regexp";
import { ALICE, BOB, JP_MAILBOX, PAGE_SIZE, WORK_MAILBOX } from "./support/fixtures.mjs";
import { REMOTE_IMAGE_PORT, startImageServer, type ImageServer } from "./support/image-server";
import {
  htmlWithRemoteImage,
  isoJapaneseMessage,
  messageWithAttachment,
} from "./support/mail-fixtures";
import {
  listedFlags,
  listedUids,
  messageList,
  messageRow,
  messageRows,
} from "./support/message-list";
import { signIn } from "./support/sign-in";
import {
  appendMessage,
  messageFlags,
  pageUids,
  searchUids,
  setFlags,
  unseenCount,
} from "./support/test-imap";

// Requests are intercepted here (page.route): the service worker is blocked, because its static
// routing sends requests straight to the network, past Playwright's interception.
test.use({ serviceWorkers: "block" });

const INBOX = "INBOX";
const JP = {
  subject: "【重要】来週の定例会議について",
  from: { name: "山田 太郎", address: "taro.yamada@example.co.jp" },
  lines: ["山田様", "いつもお世話になっております。", "来週の定例会議は木曜日の午後三時からです。"],
};
const HTML = {
  subject: "Quarterly numbers with a chart",
  text: "Quarterly numbers are in the chart below.",
};
const ATTACHMENT = { subject: "Measurement data for November", filename: "測定データ-11月.bin" };
/** Folder links every account shows (Dovecot's special-use mailboxes) and the seeded ones. */
const FOLDERS = ["Inbox", "Drafts", "Sent", "Trash", "Junk", "Archive", WORK_MAILBOX];

const pathIs = (pathname: string) => (url: URL) => url.pathname === pathname;

test.describe("reading mail", () => {
  let images: ImageServer;
  const attachmentBytes = randomBytes(48 * 1024 + 7);
  const uid = { attachment: 0, html: 0, jp: 0 };

  test.beforeAll(async () => {
    // on the port the image proxy is allowed to fetch from, once remote content is allowed
    images = await startImageServer(REMOTE_IMAGE_PORT);
    // appended oldest first, so all three are the newest messages of alice's INBOX, unread
    uid.attachment = await appendMessage(
      ALICE,
      INBOX,
      messageWithAttachment({
        subject: ATTACHMENT.subject,
        filename: ATTACHMENT.filename,
        bytes: attachmentBytes,
      }),
    );
    uid.html = await appendMessage(
      ALICE,
      INBOX,
      htmlWithRemoteImage({
        subject: HTML.subject,
        text: HTML.text,
        imageUrl: images.url("/tracker/pixel.png"),
      }),
    );
    uid.jp = await appendMessage(
      ALICE,
      INBOX,
      isoJapaneseMessage({ subject: JP.subject, from: JP.from, body: JP.lines.join("\n") }),
    );
  });

  test.afterAll(async () => {
    await images?.close();
  });

  test("alice signs in, pages through her inbox, reads three kinds of mail and signs out", async ({
    page,
  }) => {
    test.setTimeout(120_000);

    await test.step("sign in lands on the inbox", async () => {
      await page.goto("/login");
      await signIn(page, ALICE);
      await expect(page).toHaveURL(pathIs("/mail/INBOX"));
    });

    const folders = page.getByRole("navigation", { name: "Folders" });
    const inboxLink = folders.getByRole("link", { name: /^Inbox/ });

    await test.step("folders: special mailboxes, the Japanese mailbox, the unread count", async () => {
      for (const name of FOLDERS) {
        await expect(
          folders.getByRole("link", { name: new RegExp(`^${escapeRegExp(name)}(?!/)`) }),
        ).toBeVisible();
      }
      // "プロジェクト" itself, not its child "プロジェクト/議事録"
      await expect(
        folders.getByRole("link", { name: new RegExp(`^${escapeRegExp(JP_MAILBOX)}(?!/)`) }),
      ).toBeVisible();
      await expect(inboxLink).toHaveAttribute("aria-current", "page");
      const unseen = await unseenCount(ALICE, INBOX);
      expect(unseen).toBeGreaterThan(0);
      const count = inboxLink.locator("[data-unread-count]");
      await expect(count).toBeVisible();
      await expect
        .poll(async () => Number(/\d+/.exec((await count.textContent()) ?? "")?.[0]))
        .toBe(unseen);
    });

    await test.step("the first page: 50 newest messages, flags as on the server", async () => {
      await expect(messageList(page)).toBeVisible();
      await expect(messageRows(page)).toHaveCount(PAGE_SIZE);
      const expected = await pageUids(ALICE, INBOX, 1, PAGE_SIZE);
      await expect.poll(() => listedUids(page)).toEqual(expected);
      const unseen = new Set(await searchUids(ALICE, INBOX, { seen: false }));
      const flagged = new Set(await searchUids(ALICE, INBOX, { flagged: true }));
      expect(await listedFlags(page)).toEqual(
        expected.map((u) => [u, String(unseen.has(u)), String(flagged.has(u))]),
      );
    });

    await test.step("paging to the third page shows the 101st-150th newest", async () => {
      const older = page.getByRole("link", { name: /^(older|next page)$/i });
      await older.click();
      await expect(page).toHaveURL(/[?&]page=2(&|$)/);
      await expect.poll(() => listedUids(page)).toEqual(await pageUids(ALICE, INBOX, 2, PAGE_SIZE));
      await older.click();
      await expect(page).toHaveURL(/[?&]page=3(&|$)/);
      const third = await pageUids(ALICE, INBOX, 3, PAGE_SIZE);
      expect(third).toHaveLength(PAGE_SIZE);
      await expect.poll(() => listedUids(page)).toEqual(third);
    });

    await test.step("an ISO-2022-JP message opens with its exact subject and body, and becomes read", async () => {
      await page.goto("/mail/INBOX");
      const row = messageRow(page, uid.jp);
      await expect(row).toHaveAttribute("data-unread", "true");
      await row.click();
      await expect(page).toHaveURL(pathIs(`/mail/INBOX/${uid.jp}`));
      const article = page.getByRole("article", { name: JP.subject, exact: true });
      await expect(article).toBeVisible();
      await expect(article.getByText(JP.lines[2]!)).toBeVisible();
      for (const line of JP.lines) await expect(article).toContainText(line);
      await expect(article).toContainText(JP.from.name);
      await expect(row).toHaveAttribute("data-unread", "false");
      await expect.poll(() => messageFlags(ALICE, INBOX, uid.jp)).toContain("\\Seen");
    });

    await test.step("reloading the message URL shows the same message", async () => {
      await page.reload();
      await expect(page).toHaveURL(pathIs(`/mail/INBOX/${uid.jp}`));
      await expect(page.getByRole("article", { name: JP.subject, exact: true })).toBeVisible();
    });

    await test.step("an HTML message loads no remote image until asked", async () => {
      await messageRow(page, uid.html).click();
      const article = page.getByRole("article", { name: HTML.subject, exact: true });
      await expect(article).toBeVisible();
      const iframe = page.locator('iframe[title="Message body"]');
      await expect(iframe).toBeVisible();
      await expect(iframe.contentFrame().getByText(HTML.text)).toBeVisible();
      // the frame's load event waits for its images: a leaked request has been made by then
      const frame = await (await iframe.elementHandle())?.contentFrame();
      await frame?.waitForLoadState("load");
      const load = page.getByRole("button", { name: "Load remote content" });
      await expect(load).toBeVisible();
      expect(images.hits(), `image requests before consent: ${images.paths().join(", ")}`).toBe(0);
      await load.click();
      await expect.poll(() => images.hits()).toBeGreaterThanOrEqual(1);
    });

    await test.step("an attachment downloads byte for byte", async () => {
      await messageRow(page, uid.attachment).click();
      await expect(
        page.getByRole("article", { name: ATTACHMENT.subject, exact: true }),
      ).toBeVisible();
      const link = page
        .getByRole("list", { name: "Attachments" })
        .getByRole("link", { name: new RegExp(`^${escapeRegExp(ATTACHMENT.filename)}`) });
      const downloading = page.waitForEvent("download");
      await link.click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe(ATTACHMENT.filename);
      const file = await download.path();
      expect((await fs.readFile(file)).equals(attachmentBytes)).toBe(true);
    });

    await test.step("sign out ends the session", async () => {
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(pathIs("/login"));
      await page.goto("/mail/INBOX");
      await expect(page).toHaveURL(pathIs("/login"));
      await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
    });
  });

  test("the list keeps its place while messages open beside it, and turns pages it has at once", async ({
    page,
  }) => {
    await page.goto("/login");
    await signIn(page, ALICE);
    await expect(messageRows(page)).toHaveCount(PAGE_SIZE);
    const pane = messageList(page).locator(
      "xpath=ancestor::div[contains(@class,'overflow-y-auto')][1]",
    );
    await pane.evaluate((el) => (el.scrollTop = el.scrollHeight));
    const scrolled = await pane.evaluate((el) => el.scrollTop);
    expect(scrolled).toBeGreaterThan(0);

    // Open the last message of the page, then the one above it: the list stays where it was.
    const last = messageRows(page).last();
    const lastUid = Number(await last.getAttribute("data-uid"));
    const above = messageRows(page).nth(PAGE_SIZE - 2);
    const aboveUid = Number(await above.getAttribute("data-uid"));
    // Opening marks read: put both back as they were for the specs after this one.
    const unread: number[] = [];
    for (const uid of [lastUid, aboveUid])
      if (!(await messageFlags(ALICE, INBOX, uid)).includes("\\Seen")) unread.push(uid);
    await last.getByRole("link").click();
    await expect(page).toHaveURL(pathIs(`/mail/INBOX/${lastUid}`));
    await expect(page.getByRole("article")).toBeVisible();
    await above.getByRole("link").click();
    await expect(page.getByRole("article")).toBeVisible();
    expect(await pane.evaluate((el) => el.scrollTop)).toBe(scrolled);
    await expect(last).toBeInViewport();

    // Back to the list. The next page was read ahead, and page 1 is known: with every request
    // to the server held back, Older and Newer still show their pages.
    await page
      .getByRole("navigation", { name: "Folders" })
      .getByRole("link", { name: /^Inbox/ })
      .click();
    await expect(page.getByRole("article")).toBeHidden();
    await expect
      .poll(() =>
        page.evaluate(() =>
          performance.getEntriesByType("resource").some((e) => e.name.includes("envelopes?page=2")),
        ),
      )
      .toBe(true);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/*", async (route) => {
      await held;
      await route.continue().catch(() => {});
    });
    const pages = page.getByRole("navigation", { name: "Pages" });
    await pages.getByRole("link", { name: "Older" }).click();
    await expect(page).toHaveURL(/[?&]page=2\b/);
    await expect(messageRow(page, lastUid)).toHaveCount(0);
    await expect(messageRows(page).first()).toHaveAttribute("aria-rowindex", String(PAGE_SIZE + 1));
    await pages.getByRole("link", { name: "Newer" }).click();
    await expect(messageRow(page, lastUid)).toBeVisible();
    release();
    await page.unroute("**/*");

    for (const uid of unread) await setFlags(ALICE, INBOX, uid, { remove: ["\\Seen"] });
  });

  test("a message that is gone says so in the message pane, with the list still beside it", async ({
    page,
  }) => {
    await page.goto("/login");
    await signIn(page, ALICE);
    await expect(messageRows(page)).toHaveCount(PAGE_SIZE);
    // An old link, or a message deleted on another device since.
    await page.goto("/mail/INBOX/999999");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
    await expect(page.getByText("This message is not in this folder (any more)")).toBeVisible();
    await expect(messageRows(page)).toHaveCount(PAGE_SIZE);
    await expect(page.getByRole("navigation", { name: "Folders" })).toBeVisible();
    await page.getByRole("link", { name: "Back to the list" }).click();
    await expect(page).toHaveURL(pathIs("/mail/INBOX"));
    await expect(page.getByRole("heading", { name: "Not found" })).toHaveCount(0);
  });

  test.describe("on a phone", () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test("the list and a message are shown one at a time, with Back between them", async ({
      page,
    }) => {
      const noSideways = () =>
        page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
      await page.goto("/login");
      await signIn(page, BOB);
      await expect(page).toHaveURL(pathIs("/mail/INBOX"));
      await expect(messageList(page)).toBeVisible();
      await expect(page.getByRole("article")).toBeHidden();
      expect(await noSideways()).toBe(true);

      const first = messageRows(page).first();
      const uid = Number(await first.getAttribute("data-uid"));
      await first.click();
      await expect(page).toHaveURL(pathIs(`/mail/INBOX/${uid}`));
      await expect(page.getByRole("article")).toBeVisible();
      await expect(messageList(page)).toBeHidden();
      expect(await noSideways()).toBe(true);

      const back = page
        .getByRole("link", { name: /^back\b/i })
        .or(page.getByRole("button", { name: /^back\b/i }));
      await back.click();
      await expect(page).toHaveURL(pathIs("/mail/INBOX"));
      await expect(messageList(page)).toBeVisible();
      await expect(page.getByRole("article")).toBeHidden();
    });
  });
});
