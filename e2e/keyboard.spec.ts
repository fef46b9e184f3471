// Journey: judy works her inbox from the keyboard alone, no mouse: moves through the list with
// j and k, opens with o, reads on with j, archives with e, replies with r and sends with
// Ctrl+Enter, goes back with u, reads the shortcuts with ?, and types j into the search box
// without moving.
// The mail server is checked over IMAP.
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { textMessage } from "./support/mail-fixtures";
import { messageRow } from "./support/message-list";
import { appendAll, resetMailboxes } from "./support/reset-mailboxes";
import { searchUids, testStack } from "./support/test-imap";

const JUDY = "judy@example.test";
const bob = { name: "Bob", address: "bob@example.test" };

/** The link of a row: what j and k focus and o opens. */
const rowLink = (page: Page, uid: number) => messageRow(page, uid).getByRole("link");

test.describe("keyboard only", () => {
  const tag = randomBytes(3).toString("hex");
  const subject = (n: string) => `Keyboard ${n} ${tag}`;
  const uid = { one: 0, two: 0, three: 0 };

  test.beforeAll(async () => {
    await resetMailboxes(JUDY);
    const day = (n: number) => new Date(Date.UTC(2026, 10, n, 9));
    const uids = await appendAll(
      JUDY,
      "INBOX",
      ["one", "two", "three"].map((n, i) => ({
        raw: textMessage({
          from: bob,
          to: JUDY,
          subject: subject(n),
          text: `Message ${n}.\n`,
          date: day(i + 1),
        }),
        date: day(i + 1),
      })),
    );
    [uid.one, uid.two, uid.three] = uids as [number, number, number];
  });

  test("reads, archives, replies and sends without a mouse", async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto("/mail/INBOX");
    await page.getByLabel("Email", { exact: true }).fill(JUDY);
    await page.getByLabel("Password", { exact: true }).fill(testStack().password(JUDY));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/mail\/INBOX$/);
    await expect(messageRow(page, uid.three)).toBeVisible();

    // j and k move the focus down and up the list (newest first: three, two, one).
    await page.keyboard.press("j");
    await expect(rowLink(page, uid.three)).toBeFocused();
    // The focus is drawn (the :focus-visible ring), not only moved.
    expect(await rowLink(page, uid.three).evaluate((link) => link.matches(":focus-visible"))).toBe(
      true,
    );
    await page.keyboard.press("j");
    await expect(rowLink(page, uid.two)).toBeFocused();
    await page.keyboard.press("k");
    await expect(rowLink(page, uid.three)).toBeFocused();

    // o opens; with a message open, j opens the next one in its place.
    await page.keyboard.press("o");
    await expect(page).toHaveURL(new RegExp(`/mail/INBOX/${uid.three}$`));
    await expect(page.getByRole("article", { name: subject("three") })).toBeVisible();
    await page.keyboard.press("j");
    await expect(page).toHaveURL(new RegExp(`/mail/INBOX/${uid.two}$`));
    await expect(page.getByRole("article", { name: subject("two") })).toBeVisible();
    await expect(rowLink(page, uid.two)).toBeFocused();

    // e archives the open message: gone from the list at once, moved on the server.
    await page.keyboard.press("e");
    await expect(page.getByRole("status").getByText("Moved to Archive")).toBeVisible();
    await expect(messageRow(page, uid.two)).toHaveCount(0);
    await expect
      .poll(() => searchUids(JUDY, "Archive", { subject: subject("two") }))
      .toHaveLength(1);
    expect(await searchUids(JUDY, "INBOX", { subject: subject("two") })).toEqual([]);
    await expect(page).toHaveURL(/\/mail\/INBOX$/);

    // r answers the open message; Ctrl+Enter sends it, once.
    await page.keyboard.press("j");
    await expect(rowLink(page, uid.three)).toBeFocused();
    await page.keyboard.press("o");
    await expect(page.getByRole("article", { name: subject("three") })).toBeVisible();
    await page.keyboard.press("r");
    const message = page.getByRole("textbox", { name: "Message", exact: true });
    await expect(message).toBeFocused();
    await page.keyboard.type(`Answered from the keyboard ${tag}`);
    await page.keyboard.press("Control+Enter");
    await expect(page.getByRole("status").filter({ hasText: "Message sent" })).toBeVisible();
    await expect
      .poll(() => searchUids(JUDY, "Sent", { subject: `Re: ${subject("three")}` }))
      .toHaveLength(1);
    expect(await searchUids(JUDY, "Sent", { all: true })).toHaveLength(1);

    // u goes back to the list, the focus on the message that was open.
    await expect(page.getByRole("article", { name: subject("three") })).toBeVisible();
    await page.keyboard.press("u");
    await expect(page).toHaveURL(/\/mail\/INBOX$/);
    await expect(rowLink(page, uid.three)).toBeFocused();

    // ? lists the shortcuts in a dialog; Escape closes it and gives the focus back.
    await page.keyboard.press("?");
    const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(help).toBeVisible();
    await expect(help.getByRole("cell", { name: "Archive" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(help).toBeHidden();
    await expect(rowLink(page, uid.three)).toBeFocused();

    // / goes to the search box, where j is a letter, not a move.
    const url = page.url();
    await page.keyboard.press("/");
    const box = page.getByRole("searchbox", { name: "Search mail" });
    await expect(box).toBeFocused();
    await page.keyboard.type("j");
    await expect(box).toHaveValue("j");
    await expect(box).toBeFocused();
    expect(page.url()).toBe(url);
  });
});
