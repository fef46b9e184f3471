// Journey: judy searches her mail for `from:bob 請求書`, in the mailbox shown and in all of
// them. Bob's invoices come in ISO-2022-JP and in UTF-8, in the subject or only in the body,
// in INBOX and in another mailbox, beside mail that matches only half of the query. The hits
// are checked against what was seeded over IMAP, and survive a reload.
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { isoJapaneseMessage, textMessage } from "./support/mail-fixtures";
import { messageList, messageRows } from "./support/message-list";
import { appendAll, resetMailboxes } from "./support/reset-mailboxes";
import { searchUids, testStack, withImap } from "./support/test-imap";

const JUDY = "judy@example.test";
const OTHER = "取引先";
const QUERY = "from:bob 請求書";
const bob = { name: "Bob", address: "bob@example.test" };
const carol = { name: "Carol", address: "carol@example.test" };
const to = { name: "Judy", address: JUDY };

/** `mailbox:uid` of every row shown, sorted. */
async function shownHits(page: Page): Promise<string[]> {
  const hits = await messageRows(page).evaluateAll((rows) =>
    rows.map((row) => `${row.getAttribute("data-mailbox")}:${row.getAttribute("data-uid")}`),
  );
  return hits.sort();
}

/** Waits until every mailbox has answered (the grid is no longer busy). */
async function settled(page: Page): Promise<void> {
  await expect(messageList(page)).toBeVisible();
  await expect(messageList(page)).not.toHaveAttribute("aria-busy", "true");
}

test.describe("searching mail", () => {
  const tag = randomBytes(3).toString("hex");
  const expected = { inbox: [] as string[], all: [] as string[] };
  let otherUid = 0;

  test.beforeAll(async () => {
    await resetMailboxes(JUDY);
    await withImap(JUDY, (client) => client.mailboxCreate(OTHER).then(() => undefined));
    const day = (n: number) => new Date(Date.UTC(2026, 10, n, 9));
    const inbox = await appendAll(JUDY, "INBOX", [
      // matches: the word in an ISO-2022-JP subject
      {
        raw: isoJapaneseMessage({
          from: bob,
          to,
          subject: `11月分の請求書 ${tag}`,
          body: "ご確認ください。",
        }),
        date: day(2),
      },
      // matches: the word only in a UTF-8 body
      {
        raw: textMessage({
          from: bob,
          to,
          subject: `Invoice ${tag}`,
          text: "請求書を添付しました。\n",
        }),
        date: day(3),
      },
      // not from bob
      {
        raw: isoJapaneseMessage({
          from: carol,
          to,
          subject: `請求書 ${tag}`,
          body: "請求書です。",
        }),
        date: day(4),
      },
      // from bob, without the word
      {
        raw: textMessage({ from: bob, to, subject: `Lunch ${tag}`, text: "見積書だけです。\n" }),
        date: day(5),
      },
    ]);
    const other = await appendAll(JUDY, OTHER, [
      // matches: ISO-2022-JP body in another mailbox
      {
        raw: isoJapaneseMessage({
          from: bob,
          to,
          subject: `見積もり ${tag}`,
          body: "請求書は来週お送りします。",
        }),
        date: day(6),
      },
      {
        raw: textMessage({ from: carol, to, subject: `請求書 ${tag}`, text: "carol\n" }),
        date: day(7),
      },
    ]);
    otherUid = other[0]!;
    expected.inbox = [`INBOX:${inbox[0]}`, `INBOX:${inbox[1]}`].sort();
    expected.all = [...expected.inbox, `${OTHER}:${otherUid}`].sort();
  });

  test("from:bob 請求書 finds exactly bob's invoices, here and in every mailbox", async ({
    page,
  }) => {
    const stack = testStack();
    await page.goto("/mail/INBOX");
    await page.getByLabel("Email", { exact: true }).fill(JUDY);
    await page.getByLabel("Password", { exact: true }).fill(stack.password(JUDY));
    await page.getByLabel("Password", { exact: true }).press("Enter");
    await expect(page).toHaveURL(/\/mail\/INBOX$/);

    const box = page.getByRole("searchbox", { name: "Search mail" });
    await box.fill(QUERY);
    await box.press("Enter");
    await expect(page).toHaveURL(
      (url) => url.pathname === "/mail/INBOX" && url.searchParams.get("q") === QUERY,
    );
    await settled(page);
    expect(await shownHits(page)).toEqual(expected.inbox);

    // Wider: every mailbox, the same words.
    await page.getByRole("link", { name: "Search all mailboxes" }).click();
    await expect(page).toHaveURL((url) => url.searchParams.get("scope") === "all");
    await settled(page);
    await expect.poll(() => shownHits(page)).toEqual(expected.all);

    // A reload shows the same hits, and the box the same words.
    await page.reload();
    await settled(page);
    await expect.poll(() => shownHits(page)).toEqual(expected.all);
    await expect(box).toHaveValue(QUERY);

    // A hit in the other mailbox says where it lives, and opens there, the hits still beside it.
    const otherHit = messageRows(page).and(
      page.locator(`[data-mailbox="${OTHER}"][data-uid="${otherUid}"]`),
    );
    await expect(otherHit).toContainText(OTHER);
    await otherHit.getByRole("link").click();
    await expect(page).toHaveURL(
      (url) =>
        url.pathname === `/mail/${encodeURIComponent(OTHER)}/${otherUid}` &&
        url.searchParams.get("q") === QUERY,
    );
    await expect(page.getByRole("article", { name: `見積もり ${tag}` })).toBeVisible();
    await expect.poll(() => shownHits(page)).toEqual(expected.all);

    // Archived (e), the hit goes back to the hits, which the live refresh brings up to date:
    // the message is still a hit, now in Archive.
    await page.keyboard.press("e");
    await expect(page).toHaveURL(
      (url) =>
        url.pathname === `/mail/${encodeURIComponent(OTHER)}` &&
        url.searchParams.get("q") === QUERY,
    );
    await expect.poll(() => searchUids(JUDY, "Archive", { all: true })).toHaveLength(1);
    const [archived] = await searchUids(JUDY, "Archive", { all: true });
    const afterArchive = [...expected.inbox, `Archive:${archived}`].sort();
    await expect.poll(() => shownHits(page)).toEqual(afterArchive);
    await page.reload();
    await settled(page);
    expect(await shownHits(page)).toEqual(afterArchive);
  });

  test("replying to a hit keeps the hits beside the composer, and closing it goes back to the hit", async ({
    page,
  }) => {
    const stack = testStack();
    await page.goto(`/mail/INBOX?q=${encodeURIComponent(QUERY)}`);
    await page.getByLabel("Email", { exact: true }).fill(JUDY);
    await page.getByLabel("Password", { exact: true }).fill(stack.password(JUDY));
    await page.getByLabel("Password", { exact: true }).press("Enter");
    await settled(page);
    const hits = await shownHits(page);
    expect(hits.length).toBeGreaterThan(0);
    const [mailbox, uid] = hits[0]!.split(":");
    await page.locator(`[data-mailbox="${mailbox}"][data-uid="${uid}"]`).getByRole("link").click();
    const hitUrl = (url: URL) =>
      url.pathname === `/mail/${encodeURIComponent(mailbox!)}/${uid}` &&
      url.searchParams.get("q") === QUERY;
    await expect(page).toHaveURL(hitUrl);

    await page.getByRole("button", { name: "Reply", exact: true }).click();
    await expect(page.getByLabel("Message", { exact: true })).toBeVisible();
    await expect(page).toHaveURL(
      (url) => hitUrl(url) && url.searchParams.get("compose") === "reply",
    );
    expect(await shownHits(page)).toEqual(hits);

    await page.getByRole("button", { name: "Discard" }).click();
    await expect(page).toHaveURL((url) => hitUrl(url) && !url.searchParams.has("compose"));
    expect(await shownHits(page)).toEqual(hits);
  });

  // Last: it archives bob's invoices from the Inbox.
  test("a mailbox's hits are selected and archived together; hits from every mailbox have no checkboxes", async ({
    page,
  }) => {
    const stack = testStack();
    await page.goto(`/mail/INBOX?q=${encodeURIComponent(QUERY)}&scope=all`);
    await page.getByLabel("Email", { exact: true }).fill(JUDY);
    await page.getByLabel("Password", { exact: true }).fill(stack.password(JUDY));
    await page.getByLabel("Password", { exact: true }).press("Enter");
    await settled(page);
    await expect(messageRows(page).first()).toBeVisible();
    await expect(messageList(page).getByRole("checkbox")).toHaveCount(0);
    await expect(page.getByRole("checkbox", { name: "Select all", exact: true })).toHaveCount(0);

    await page.getByRole("link", { name: "Search only Inbox" }).click();
    await settled(page);
    const hits = await shownHits(page);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.startsWith("INBOX:"))).toBe(true);
    const before = await searchUids(JUDY, "INBOX", { all: true });
    await page.getByRole("checkbox", { name: "Select all", exact: true }).check();
    await expect(page.getByText(`${hits.length} selected`)).toBeVisible();
    // The hits are not the whole mailbox: nothing offers to select all of it.
    await expect(page.getByRole("button", { name: /^Select all \d+/ })).toHaveCount(0);
    await page
      .getByRole("group", { name: "Actions on selected messages" })
      .getByRole("button", { name: "Archive", exact: true })
      .click();
    await expect(messageRows(page)).toHaveCount(0);
    const moved = hits.map((hit) => Number(hit.split(":")[1]));
    await expect
      .poll(() => searchUids(JUDY, "INBOX", { all: true }))
      .toEqual(before.filter((uid) => !moved.includes(uid)));
    expect(await searchUids(JUDY, "Archive", { all: true })).toHaveLength(1 + moved.length);
  });

  test("a search with no hits says so", async ({ page }) => {
    const stack = testStack();
    await page.goto(`/mail/INBOX?q=${encodeURIComponent(`from:bob 存在しない ${tag}`)}`);
    await page.getByLabel("Email", { exact: true }).fill(JUDY);
    await page.getByLabel("Password", { exact: true }).fill(stack.password(JUDY));
    await page.getByLabel("Password", { exact: true }).press("Enter");
    await expect(page.getByText("No messages found")).toBeVisible();
    await expect(messageRows(page)).toHaveCount(0);
  });
});
