// Journey: nora's browser asks for Japanese (Accept-Language: ja, no language cookie). Every main
// page, from the sign-in form to the not-found page, is in Japanese: no English word is left in
// what she sees or her screen reader says, bar a short list of names (support/english-strings.ts).
// Then she picks English in Settings: it sticks across a reload and a new tab despite her
// browser; "Use the browser's language" brings Japanese back.
//
// To cover a new page or dialog, add a step to `sweep` below: it is visited in order, signed in
// after the sign-in step, and the failure lists every English string found, with its step.
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { t } from "../lib/i18n/messages";
import { conversationLabels } from "../lib/i18n/conversation-labels";
import { mailboxLabels } from "../lib/i18n/mailbox-labels";
import { notFoundLabels } from "../lib/i18n/not-found-labels";
import { settingsLabels } from "../lib/i18n/settings-labels";
import { englishOnPage } from "./support/english-strings";
import { isoJapaneseMessage, messageWithAttachment, textMessage } from "./support/mail-fixtures";
import { appendAll, resetMailboxes } from "./support/reset-mailboxes";
import { testStack, withImap } from "./support/test-imap";

const NORA = "nora@example.test";
const ja = t("ja");
const en = t("en");
const jaSettings = settingsLabels("ja");
const enSettings = settingsLabels("en");
const notFound = notFoundLabels("ja");
const jaMailboxes = mailboxLabels("ja");
const jaConversation = conversationLabels("ja");
/** nora's own folder, for its actions menu. */
const FOLDER = "資料";
const LUNCH = "お昼ご飯";
const to = { name: "野良 ノラ", address: NORA };
const keiri = { name: "経理部", address: "keiri@example.test" };
const hanako = { name: "佐藤 花子", address: "hanako@example.test" };
const ATTACHMENT = "請求書.pdf";
const QUERY = "請求書";

/**
 * The seeded mail's own words that may contain Latin letters (the attachment's name shows in the
 * list of attachments and in the reply's quote); email addresses are stripped by the checker.
 */
const userContent = [ATTACHMENT];

interface SweepStep {
  name: string;
  /** Opens the page or dialog and waits until it is fully shown. */
  visit: (page: Page) => Promise<void>;
}

let attachmentUid = 0;

/** The sign-in form of the UI contract, by its Japanese labels. */
async function signInInJapanese(page: Page): Promise<void> {
  const stack = testStack();
  await page.getByLabel(ja.signIn.email, { exact: true }).fill(stack.address(NORA));
  await page.getByLabel(ja.signIn.password, { exact: true }).fill(stack.password(NORA));
  await page.getByRole("button", { name: ja.signIn.submit }).click();
}

/** The contract's message list, by its Japanese name. */
const messageGrid = (page: Page) => page.getByRole("grid", { name: ja.list.label });
const dayAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);

const sweep: SweepStep[] = [
  {
    name: "sign-in page",
    visit: async (page) => {
      await page.goto("/login");
      await expect(page.getByRole("button", { name: ja.signIn.submit })).toBeVisible();
    },
  },
  {
    name: "sign in, then the Inbox",
    visit: async (page) => {
      await signInInJapanese(page);
      await expect(page).toHaveURL(/\/mail\/INBOX$/);
      await expect(messageGrid(page).locator("[data-uid]")).toHaveCount(5);
      await expect(page.locator("[data-unread-count]").first()).toBeVisible();
    },
  },
  {
    name: "an open message with an attachment",
    visit: async (page) => {
      await page.goto(`/mail/INBOX/${attachmentUid}`);
      await expect(page.getByRole("list", { name: ja.message.attachments })).toBeVisible();
      await expect(page.getByRole("article")).toContainText("経理部");
    },
  },
  {
    name: "an action's outcome, said in the status",
    visit: async (page) => {
      const toolbar = page.getByRole("group", { name: ja.actions.toolbar }).first();
      await untilHydrated(page, async () => {
        await toolbar.getByRole("button", { name: ja.actions.markUnread }).click();
        // The toast floats over the page from inside the header's status region.
        await expect(page.getByRole("status").getByText(ja.actions.markedUnread)).toBeVisible({
          timeout: 1_000,
        });
      });
    },
  },
  {
    name: "the Move to menu",
    visit: async (page) => {
      const toolbar = page.getByRole("group", { name: ja.actions.toolbar }).first();
      await toolbar.getByRole("button", { name: ja.actions.moveTo }).click();
      await expect(page.getByRole("menu", { name: ja.actions.moveMenu })).toBeVisible();
    },
  },
  {
    name: "a message selected in the list",
    visit: async (page) => {
      await page.keyboard.press("Escape");
      await page.goto("/mail/INBOX");
      const checkbox = messageGrid(page)
        .locator(`[data-uid="${attachmentUid}"]`)
        .getByRole("checkbox");
      await untilHydrated(page, async () => {
        await checkbox.check({ timeout: 1_000 });
        await expect(page.getByRole("group", { name: ja.actions.bulkToolbar })).toBeVisible({
          timeout: 1_000,
        });
      });
    },
  },
  {
    name: "the Inbox and an open message on a phone",
    visit: async (page) => {
      await page.setViewportSize({ width: 390, height: 844 });
      // The header, Settings link included, fits the phone in Japanese too.
      await page.goto("/mail/INBOX");
      await expect(page.getByRole("link", { name: jaSettings.heading })).toBeVisible();
      expect(await widerThanTheScreen(page)).toEqual([]);
      await page.goto(`/mail/INBOX/${attachmentUid}`);
      await expect(page.getByRole("list", { name: ja.message.attachments })).toBeVisible();
    },
  },
  {
    name: "reply in the panel beside the message",
    visit: async (page) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(`/mail/INBOX/${attachmentUid}?compose=reply`);
      await expect(page.getByRole("button", { name: ja.compose.send })).toBeVisible();
      await expect(page.getByLabel(ja.compose.subject, { exact: true })).toHaveValue(/請求書/);
    },
  },
  {
    name: "a new message on /compose",
    visit: async (page) => {
      await page.goto("/compose");
      await expect(page.getByRole("button", { name: ja.compose.send })).toBeVisible();
      await expect(page.getByLabel(ja.compose.attachFiles)).toBeAttached();
    },
  },
  {
    name: "the composer's link form",
    visit: async (page) => {
      const linkAddress = page.getByLabel(ja.compose.linkAddress);
      await untilHydrated(page, async () => {
        await page.getByRole("button", { name: ja.compose.link, exact: true }).click();
        await expect(linkAddress).toBeVisible({ timeout: 1_000 });
      });
    },
  },
  {
    name: "search results",
    visit: async (page) => {
      await page.goto(`/mail/INBOX?q=${encodeURIComponent(QUERY)}`);
      await expect(messageGrid(page)).not.toHaveAttribute("aria-busy", "true");
      await expect(messageGrid(page).locator(`[data-uid="${attachmentUid}"]`)).toBeVisible();
    },
  },
  {
    name: "the keyboard help dialog",
    visit: async (page) => {
      await page.goto("/mail/INBOX");
      await expect(messageGrid(page)).toBeVisible();
      const dialog = page.getByRole("dialog", { name: ja.keyboard.heading });
      // `?` is handled once the shortcuts have hydrated: press until the dialog shows.
      await untilHydrated(page, async () => {
        await page.locator("body").press("Shift+Slash");
        await expect(dialog).toBeVisible({ timeout: 1_000 });
      });
    },
  },
  {
    name: "settings",
    visit: async (page) => {
      await page.goto("/settings");
      await expect(
        page.getByRole("radiogroup", { name: jaSettings.language.heading }),
      ).toBeVisible();
    },
  },
  {
    name: "the New folder dialog",
    visit: async (page) => {
      await page.goto("/mail/INBOX");
      const dialog = page.getByRole("dialog", { name: jaMailboxes.newFolder });
      await untilHydrated(page, async () => {
        await page.getByRole("button", { name: jaMailboxes.newFolder }).click({ timeout: 1_000 });
        await expect(dialog).toBeVisible({ timeout: 1_000 });
      });
    },
  },
  {
    name: "a folder's actions menu",
    visit: async (page) => {
      await page.keyboard.press("Escape");
      const menu = page.getByRole("menu", { name: jaMailboxes.actionsMenu(FOLDER) });
      await untilHydrated(page, async () => {
        await page
          .getByRole("button", { name: jaMailboxes.actionsFor(FOLDER) })
          .click({ timeout: 1_000 });
        await expect(menu).toBeVisible({ timeout: 1_000 });
      });
    },
  },
  {
    name: "managing folders",
    visit: async (page) => {
      await page.goto("/settings/mailboxes");
      await expect(page.getByRole("heading", { name: jaMailboxes.manage })).toBeVisible();
    },
  },
  {
    name: "a conversation, with Conversation view on",
    visit: async (page) => {
      await page.goto("/settings");
      const setting = page.getByRole("switch", { name: jaConversation.setting });
      await untilHydrated(page, async () => {
        if ((await setting.getAttribute("aria-checked")) !== "true") await setting.click();
        await expect(setting).toHaveAttribute("aria-checked", "true", { timeout: 1_000 });
      });
      await page.goto("/mail/INBOX");
      const thread = messageGrid(page).locator('[data-thread-count="2"]');
      await thread.getByRole("link").click();
      await expect(page.getByRole("region", { name: jaConversation.region(LUNCH) })).toBeVisible();
    },
  },
  {
    name: "a message that does not exist",
    visit: async (page) => {
      await page.goto("/mail/INBOX/999999");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(notFound.title);
    },
  },
  {
    name: "a page that does not exist",
    visit: async (page) => {
      await page.goto("/no-such-page");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(notFound.title);
    },
  },
];

/** Elements that reach past the screen's edges (the start of each), or a page that scrolls sideways. */
async function widerThanTheScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll("body *")].filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && (box.right > width + 1 || box.left < -1);
    });
    const scrolls =
      document.documentElement.scrollWidth > width ? ["the page scrolls sideways"] : [];
    return [...scrolls, ...wide.map((element) => element.outerHTML.slice(0, 120))];
  });
}

/** Retries `act` until the page's scripts have taken over and it succeeds. */
async function untilHydrated(page: Page, act: () => Promise<void>): Promise<void> {
  await expect(act).toPass({ timeout: 15_000 });
}

/** A browser whose language is Japanese, with no language cookie yet. */
function japaneseContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    locale: "ja-JP",
    extraHTTPHeaders: { "Accept-Language": "ja" },
  });
}

const htmlLang = (page: Page) => page.locator("html");

/** Resolves once React has hydrated the language radios (before that a pick is not posted). */
async function languageRadiosReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const radio = document.querySelector('[role="radiogroup"] input[type="radio"]');
    return !!radio && Object.keys(radio).some((key) => key.startsWith("__reactProps$"));
  });
}

test.describe("the Japanese interface", () => {
  test.beforeAll(async () => {
    await resetMailboxes(NORA);
    const uids = await appendAll(NORA, "INBOX", [
      {
        raw: isoJapaneseMessage({
          from: hanako,
          to,
          subject: "来年の予定について",
          body: "来年もよろしくお願いします。",
          date: new Date(Date.UTC(new Date().getUTCFullYear() - 1, 11, 20, 3)),
        }),
        flags: ["\\Seen"],
      },
      {
        raw: textMessage({
          from: hanako,
          to,
          subject: "【重要】定例会議について",
          text: "会議は木曜日の午後三時からです。\n",
          date: dayAgo(40),
        }),
        flags: ["\\Flagged", "\\Seen"],
      },
      {
        raw: messageWithAttachment({
          from: keiri,
          to,
          subject: "11月分の請求書",
          text: "請求書を添付します。ご確認ください。",
          filename: ATTACHMENT,
          contentType: "application/pdf",
          bytes: Buffer.alloc(3_000, 0x25),
          date: dayAgo(2),
        }),
      },
      {
        raw: textMessage({
          from: hanako,
          to,
          subject: LUNCH,
          text: "今日のお昼はどこに行きますか。\n",
          date: dayAgo(1),
        }),
      },
      {
        raw: textMessage({
          from: to,
          to: hanako,
          subject: `Re: ${LUNCH}`,
          text: "駅前のそば屋はどうですか。\n",
          date: new Date(),
        }),
      },
    ]);
    await withImap(NORA, (client) => client.mailboxCreate(FOLDER).then(() => undefined));
    attachmentUid = uids[2] ?? 0;
  });

  test("with Accept-Language: ja every main page is Japanese", async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await japaneseContext(browser);
    const page = await context.newPage();
    const english: string[] = [];
    for (const step of sweep) {
      await test.step(step.name, async () => {
        await step.visit(page);
        await expect(htmlLang(page)).toHaveAttribute("lang", "ja");
        english.push(...(await englishOnPage(page, step.name, userContent)));
      });
    }
    expect(english, `English left in the Japanese UI:\n${english.join("\n")}\n`).toEqual([]);
    await context.close();
  });

  test("dates and sizes follow the Japanese locale", async ({ browser }) => {
    const context = await japaneseContext(browser);
    const page = await context.newPage();
    await page.goto(`/login?callbackUrl=${encodeURIComponent(`/mail/INBOX/${attachmentUid}`)}`);
    await signInInJapanese(page);
    const attachments = page.getByRole("list", { name: ja.message.attachments });
    // 3,000 bytes: "2.9 KB" with the Japanese number format.
    await expect(attachments).toContainText("2.9 KB");
    // The full date in the header: year, month and day in Japanese (2026年11月26日…).
    await expect(page.getByRole("article").locator("time").first()).toHaveText(
      /^\d{4}年\d{1,2}月\d{1,2}日.*\d{1,2}:\d{2}$/,
    );
    // The list, newest first: today's time ("9:05"), days earlier this year ("11月26日"), one of
    // last year ("2025/12/20"). Either of two where a run just after midnight or New Year may
    // move a message into the next kind.
    const time = /^\d{1,2}:\d{2}$/;
    const monthDay = /^\d{1,2}月\d{1,2}日$/;
    const fullDate = /^\d{4}\/\d{2}\/\d{2}$/;
    const either = (a: RegExp, b: RegExp) => new RegExp(`${a.source}|${b.source}`);
    await expect(messageGrid(page).locator("time")).toHaveText([
      either(time, monthDay),
      either(monthDay, fullDate),
      either(monthDay, fullDate),
      either(monthDay, fullDate),
      fullDate,
    ]);
    await expect(page.getByText(/^全 5 件中 1–5 件$/)).toBeVisible();
    await context.close();
  });

  test("English chosen in settings sticks; the browser's language brings Japanese back", async ({
    browser,
  }) => {
    const context = await japaneseContext(browser);
    const page = await context.newPage();
    // Settings need a signed-in user: the sign-in page comes back to them.
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fsettings$/);
    await signInInJapanese(page);
    await expect(page).toHaveURL(/\/settings$/);
    await expect(htmlLang(page)).toHaveAttribute("lang", "ja");

    const languages = page.getByRole("radiogroup", { name: jaSettings.language.heading });
    await expect(languages.getByRole("radio", { name: jaSettings.language.browser })).toBeChecked();

    await test.step("the settings page fits a phone", async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await expect(languages).toBeVisible();
      expect(await widerThanTheScreen(page)).toEqual([]);
      await page.setViewportSize({ width: 1280, height: 720 });
    });

    await test.step("English applies at once", async () => {
      await languageRadiosReady(page);
      // click, not check: the page comes back in English, and the names with it.
      await languages.getByRole("radio", { name: "English" }).click();
      await expect(htmlLang(page)).toHaveAttribute("lang", "en");
      await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
      await expect(
        page.getByRole("radiogroup", { name: "Language" }).getByRole("radio", { name: "English" }),
      ).toBeChecked();
    });

    await test.step("English after a reload and in a new page", async () => {
      await page.reload();
      await expect(htmlLang(page)).toHaveAttribute("lang", "en");
      await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
      const other = await context.newPage();
      await other.goto("/mail/INBOX");
      await expect(htmlLang(other)).toHaveAttribute("lang", "en");
      await expect(other.getByRole("grid", { name: en.list.label })).toBeVisible();
      await expect(other.getByRole("link", { name: "Settings" })).toBeVisible();
      await other.close();
    });

    await test.step("the browser's language: Japanese again", async () => {
      await languageRadiosReady(page);
      await page
        .getByRole("radiogroup", { name: "Language" })
        .getByRole("radio", { name: enSettings.language.browser })
        .click();
      await expect(htmlLang(page)).toHaveAttribute("lang", "ja");
      await expect(page.getByRole("heading", { level: 1, name: jaSettings.heading })).toBeVisible();
      await expect(
        languages.getByRole("radio", { name: jaSettings.language.browser }),
      ).toBeChecked();
      const cookies = await context.cookies();
      expect(cookies.find((cookie) => cookie.name === "lang")).toBeUndefined();
      await page.goto("/mail/INBOX");
      await expect(messageGrid(page)).toBeVisible();
    });
    await context.close();
  });
});
