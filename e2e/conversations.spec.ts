// Journey: lena reads a thread of six messages as one conversation. Four are in her INBOX, two
// are her own replies in Sent; five are linked by Message-ID, In-Reply-To and References, the
// last only by its "Re:" subject. Beside it, unrelated mail. The Inbox shows the thread as one
// row (count, participants, unread, flags live), it opens as a stack oldest first with the
// newest expanded. The Conversation view setting (off by default: one row per message, as the
// UI contract has it) turns it on and off, remembered across a reload.
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { textMessage, type MailAddress } from "./support/mail-fixtures";
import { listedUids, messageList, messageRow, messageRows } from "./support/message-list";
import { appendAll, resetMailboxes } from "./support/reset-mailboxes";
import { signIn } from "./support/sign-in";
import { messageFlags, pageUids, searchUids, setFlags } from "./support/test-imap";

const LENA = "lena@example.test";
const people = {
  lena: { name: "Lena Berg", address: LENA },
  bob: { name: "Bob Smith", address: "bob@example.test" },
  carol: { name: "Carol", address: "carol@example.test" },
  dave: { name: "Dave", address: "dave@example.test" },
} satisfies Record<string, MailAddress>;
type Person = keyof typeof people;

const run = randomBytes(3).toString("hex");
const SUBJECT = `Offsite planning ${run}`;
const id = (n: number) => `<offsite-${run}-${n}@example.test>`;
const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 9, minute));

/**
 * Message `n` of the thread: it names `refs` in References and its parent in In-Reply-To;
 * with no refs and n > 1, it is a reply known only by its subject.
 */
function threadMessage(n: number, from: Person, refs: number[], flags: string[] = ["\\Seen"]) {
  const links = refs.length
    ? `References: ${refs.map(id).join(" ")}\r\nIn-Reply-To: ${id(refs.at(-1)!)}\r\n`
    : "";
  const raw = textMessage({
    subject: n === 1 ? SUBJECT : `Re: ${SUBJECT}`,
    from: people[from],
    to: from === "lena" ? people.bob : people.lena,
    date: at(n),
    messageId: id(n),
    text: `Offsite message ${n} from ${people[from].name}.`,
  });
  return { raw: Buffer.concat([Buffer.from(links, "latin1"), raw]), date: at(n), flags };
}

function unrelated(subject: string, from: Person, minute: number) {
  const raw = textMessage({
    subject: `${subject} ${run}`,
    from: people[from],
    to: people.lena,
    date: at(minute),
    text: `${subject}.`,
  });
  return { raw, date: at(minute), flags: ["\\Seen"] };
}

const conversation = (page: Page) => page.getByRole("region", { name: `Conversation: ${SUBJECT}` });

/** `mailbox:uid` of the conversation's messages, top to bottom. */
function stackOrder(page: Page): Promise<string[]> {
  return conversation(page)
    .getByRole("article")
    .evaluateAll((articles) =>
      articles.map((a) => `${a.getAttribute("data-mailbox")}:${a.getAttribute("data-uid")}`),
    );
}

test.describe("conversations", () => {
  const inbox = { before: 0, m1: 0, between: 0, m3: 0, m5: 0, m6: 0, after: 0 };
  const sent = { m2: 0, m4: 0 };

  test.beforeAll(async () => {
    await resetMailboxes(LENA);
    // Appended in arrival order: UIDs rise with it, and so does the list's order.
    const [before, m1, between, m3, m5, m6, after] = await appendAll(LENA, "INBOX", [
      unrelated("Lunch on Friday", "carol", 0),
      threadMessage(1, "bob", []),
      unrelated("Invoice 118", "dave", 2),
      threadMessage(3, "carol", [1, 2]),
      threadMessage(5, "bob", [1, 2, 3, 4]),
      // Only its subject ties it to the thread (a mailer that drops the links).
      threadMessage(6, "dave", [], []),
      unrelated("Train tickets", "bob", 30),
    ]);
    Object.assign(inbox, { before, m1, between, m3, m5, m6, after });
    expect(Object.values(inbox).every(Boolean)).toBe(true);
    const [m2, m4] = await appendAll(LENA, "Sent", [
      threadMessage(2, "lena", [1]),
      threadMessage(4, "lena", [1, 2, 3]),
    ]);
    Object.assign(sent, { m2, m4 });
  });

  test("a thread across INBOX and Sent is one row, opens as a stack, and can be turned off", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const threadRow = () => messageRow(page, inbox.m6);
    /** The six seeded messages, oldest first, as the stack lists them (`mailbox:uid`). */
    const threadInOrder = () => [
      `INBOX:${inbox.m1}`,
      `Sent:${sent.m2}`,
      `INBOX:${inbox.m3}`,
      `Sent:${sent.m4}`,
      `INBOX:${inbox.m5}`,
      `INBOX:${inbox.m6}`,
    ];

    await test.step("the Inbox lists each message until Conversation view is turned on in Settings", async () => {
      await page.goto("/login");
      await signIn(page, LENA);
      await expect(page).toHaveURL((url) => url.pathname === "/mail/INBOX");
      await expect.poll(() => listedUids(page)).toEqual(await pageUids(LENA, "INBOX", 1));
      await page.getByRole("link", { name: "Settings" }).click();
      const setting = page.getByRole("switch", { name: "Conversation view" });
      await expect(setting).toHaveAttribute("aria-checked", "false");
      await setting.click();
      await expect(setting).toHaveAttribute("aria-checked", "true");
    });

    await test.step("the Inbox shows the thread as one row: count 6, participants, unread", async () => {
      await page.getByRole("link", { name: "Back to mail" }).click();
      await expect(page).toHaveURL((url) => url.pathname === "/mail/INBOX");
      await expect
        .poll(() => listedUids(page))
        .toEqual([inbox.after, inbox.m6, inbox.between, inbox.before]);
      await expect(threadRow()).toHaveAttribute("data-thread-count", "6");
      await expect(threadRow()).toHaveAttribute("data-unread", "true");
      await expect(threadRow()).toHaveAttribute("data-flagged", "false");
      await expect(threadRow()).toContainText("Bob, me, Carol, Dave");
      await expect(threadRow()).toContainText(`Re: ${SUBJECT}`);
      await expect(threadRow().getByRole("link")).toContainText("6 messages");
      await expect(messageRow(page, inbox.after)).not.toHaveAttribute("data-thread-count", /[2-9]/);
    });

    await test.step("a flag set elsewhere on an older message of the thread shows on its row", async () => {
      await setFlags(LENA, "INBOX", inbox.m3, { add: ["\\Flagged"] });
      await expect(threadRow()).toHaveAttribute("data-flagged", "true");
    });

    await test.step("opening it shows its six messages oldest first, the newest expanded", async () => {
      await threadRow().getByRole("link").click();
      await expect(page).toHaveURL((url) => url.pathname === `/mail/INBOX/${inbox.m6}`);
      await expect(conversation(page)).toBeVisible();
      await expect.poll(() => stackOrder(page)).toEqual(threadInOrder());
      const articles = conversation(page).getByRole("article");
      const newest = articles.nth(5);
      await expect(newest).toHaveAccessibleName(`Re: ${SUBJECT}`);
      await expect(newest.getByRole("button", { expanded: true })).toBeVisible();
      await expect(newest).toContainText("Offsite message 6 from Dave.");
      await expect(newest.getByRole("button", { name: "Reply", exact: true })).toBeVisible();
      for (const index of [0, 1, 2, 3, 4]) {
        const folded = articles.nth(index);
        await expect(folded.getByRole("button", { expanded: false })).toBeVisible();
        await expect(folded.getByRole("button", { name: "Reply", exact: true })).toHaveCount(0);
      }
      // The first message's folded summary: sender, and the first words of its body.
      await expect(articles.nth(0).getByRole("button", { expanded: false })).toContainText(
        "Bob Smith",
      );
      await expect(articles.nth(0)).toContainText("Offsite message 1 from Bob Smith.");
    });

    await test.step("opening it marks its unread message read, on the server and in the list", async () => {
      await expect.poll(() => messageFlags(LENA, "INBOX", inbox.m6)).toContain("\\Seen");
      await expect(threadRow()).toHaveAttribute("data-unread", "false");
    });

    await test.step("a folded message unfolds on click, and on Enter", async () => {
      const articles = conversation(page).getByRole("article");
      const third = articles.nth(2).getByRole("button", { expanded: false });
      await third.click();
      await expect(articles.nth(2).getByRole("button", { expanded: true })).toBeVisible();
      await expect(articles.nth(2).getByRole("term").filter({ hasText: "From" })).toBeVisible();
      const mine = articles.nth(3).getByRole("button", { expanded: false });
      await mine.focus();
      await page.keyboard.press("Enter");
      await expect(articles.nth(3).getByRole("button", { expanded: true })).toBeVisible();
      await expect(articles.nth(3)).toContainText("Offsite message 4 from Lena Berg.");
      await expect(
        articles.nth(3).getByRole("button", { name: "Reply", exact: true }),
      ).toBeVisible();
    });

    await test.step("with Conversation view off, the Inbox lists each message, also after a reload", async () => {
      await page.goto("/settings");
      const setting = page.getByRole("switch", { name: "Conversation view" });
      await expect(setting).toHaveAttribute("aria-checked", "true");
      await setting.click();
      await expect(setting).toHaveAttribute("aria-checked", "false");
      await page.goto("/mail/INBOX");
      const everyMessage = await pageUids(LENA, "INBOX", 1);
      expect(everyMessage).toHaveLength(7);
      await expect.poll(() => listedUids(page)).toEqual(everyMessage);
      await expect(messageRows(page).and(page.locator("[data-thread-count]"))).toHaveCount(0);
      await page.reload();
      await expect(messageList(page)).toBeVisible();
      await expect.poll(() => listedUids(page)).toEqual(everyMessage);
      await messageRow(page, inbox.m6).getByRole("link").click();
      await expect(
        page.getByRole("article", { name: `Re: ${SUBJECT}`, exact: true }),
      ).toBeVisible();
      await expect(conversation(page)).toHaveCount(0);
    });

    await test.step("turned back on, a reply arriving joins the conversation's row live", async () => {
      await page.goto("/settings");
      const setting = page.getByRole("switch", { name: "Conversation view" });
      await setting.click();
      await expect(setting).toHaveAttribute("aria-checked", "true");
      await page.goto("/mail/INBOX");
      await expect(threadRow()).toHaveAttribute("data-thread-count", "6");
      const [m7] = await appendAll(LENA, "INBOX", [threadMessage(7, "carol", [1, 2, 3, 4, 5], [])]);
      const joined = messageRow(page, m7!);
      await expect(joined).toHaveAttribute("data-thread-count", "7");
      await expect(joined).toHaveAttribute("data-unread", "true");
      await expect(threadRow()).toHaveCount(0);
      await expect
        .poll(() => listedUids(page))
        .toEqual([m7, inbox.after, inbox.between, inbox.before]);
      // Opened from the new reply, the stack still finds the reply known only by its subject.
      await joined.getByRole("link").click();
      await expect.poll(() => stackOrder(page)).toEqual([...threadInOrder(), `INBOX:${m7}`]);
    });

    await test.step("a message archived from its own action bar leaves the stack, the rest stay", async () => {
      const third = conversation(page).getByRole("article").nth(2);
      await expect(third).toHaveAttribute("data-uid", String(inbox.m3));
      await third.getByRole("button", { expanded: false }).click();
      await third.getByRole("button", { name: "Archive", exact: true }).click();
      await expect(conversation(page).locator(`[data-uid="${inbox.m3}"]`)).toHaveCount(0);
      await expect(conversation(page).getByRole("article")).toHaveCount(6);
      await expect.poll(() => searchUids(LENA, "INBOX", { uid: String(inbox.m3) })).toEqual([]);
    });
  });

  test.describe("on a phone", () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test("the conversation row and the stack fit the screen, with Back to the list", async ({
      page,
      context,
      baseURL,
    }) => {
      // Conversation view on, as the first test turned it on in Settings (the setting's cookie).
      await context.addCookies([
        { name: "tegami-list-view", value: "conversations", url: baseURL! },
      ]);
      const fits = () =>
        page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
      await page.goto("/login");
      await signIn(page, LENA);
      const row = messageRows(page).and(page.locator(':not([data-thread-count="1"])'));
      await expect(row).toHaveCount(1);
      await expect(row).toContainText("Bob, me, ");
      expect(await fits()).toBe(true);
      await row.getByRole("link").click();
      await expect(conversation(page)).toBeVisible();
      await expect(conversation(page).getByRole("article").last()).toContainText("Offsite message");
      expect(await fits()).toBe(true);
      await conversation(page).getByRole("link", { name: "Back" }).click();
      await expect(messageList(page)).toBeVisible();
    });
  });
});
