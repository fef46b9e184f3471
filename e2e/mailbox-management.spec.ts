// Journey: mika manages her folders from the Folders nav. She creates プロジェクト/2026, drags a
// message from the Inbox onto it, renames it to 2027 and deletes the parent with its child; she
// hides a folder on the manage page and empties Trash. Every step is checked on the server over
// IMAP (modified UTF-7 on the wire, decoded by imapflow), not only on screen.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { textMessage } from "./support/mail-fixtures";
import { messageRow } from "./support/message-list";
import { appendAll, resetMailboxes } from "./support/reset-mailboxes";
import { signIn } from "./support/sign-in";
import { mailboxUids, withImap } from "./support/test-imap";

const MIKA = "mika@example.test";
const PARENT = "プロジェクト";
const CREATED = "プロジェクト/2026";
const RENAMED = "プロジェクト/2027";
const HIDDEN = "購読テスト";
const MOVED = "旅行";
const HOLDER = "個人";
const BUNDLE = "まとめ";
const mika = { name: "Mika", address: MIKA };
const sender = { name: "Hana", address: "hana@example.test" };

const mailboxPath = (path: string) => `/mail/${encodeURIComponent(path)}`;

/** LIST as the server answers it: path → subscribed, and the hierarchy delimiter. */
async function serverMailboxes(): Promise<{ delimiter: string; subscribed: Map<string, boolean> }> {
  return withImap(MIKA, async (client) => {
    const entries = await client.list();
    return {
      delimiter: entries.find((entry) => entry.delimiter)?.delimiter ?? "",
      subscribed: new Map(entries.map((entry) => [entry.path, entry.subscribed ?? false])),
    };
  });
}

async function serverPaths(): Promise<string[]> {
  return [...(await serverMailboxes()).subscribed.keys()].sort();
}

/** The subjects of the messages in a mailbox, over IMAP. */
async function subjectsIn(mailbox: string): Promise<string[]> {
  return withImap(MIKA, async (client) => {
    await client.mailboxOpen(mailbox, { readOnly: true });
    const subjects: string[] = [];
    for await (const message of client.fetch("1:*", { envelope: true })) {
      subjects.push(message.envelope?.subject ?? "");
    }
    return subjects.sort();
  });
}

function folders(page: Page): Locator {
  return page.getByRole("navigation", { name: "Folders" });
}

/** The outcome announced in a role="status" region. */
function status(page: Page, text: string): Locator {
  return page.getByRole("status").getByText(text);
}

function folderLink(page: Page, path: string): Locator {
  return folders(page).locator(`a[href="${mailboxPath(path)}"]`);
}

async function folderAction(page: Page, path: string, action: string): Promise<void> {
  await folders(page)
    .getByRole("button", { name: `Folder actions for ${path}`, exact: true })
    .click();
  await page.getByRole("menuitem", { name: action, exact: true }).click();
}

test.describe("managing mailboxes", () => {
  const uid = { dragged: 0, stays: 0 };

  test.beforeAll(async () => {
    await resetMailboxes(MIKA);
    const uids = await appendAll(MIKA, "INBOX", [
      { raw: textMessage({ from: sender, to: mika, subject: "そのまま", text: "Stays.\n" }) },
      { raw: textMessage({ from: sender, to: mika, subject: "議事録 2026", text: "Moves.\n" }) },
    ]);
    uid.stays = uids[0]!;
    uid.dragged = uids[1]!;
  });

  test.beforeEach(async ({ page }) => {
    await page.goto("/mail/INBOX?lang=en");
    await signIn(page, MIKA);
    await expect(folderLink(page, "INBOX")).toHaveAttribute("aria-current", "page");
  });

  test("creates プロジェクト/2026, drags a message into it, renames it and deletes its parent", async ({
    page,
  }) => {
    // New folder: the dialog says what is wrong with a name before anything is sent.
    await folders(page).getByRole("button", { name: "New folder" }).click();
    const create = page.getByRole("dialog", { name: "New folder" });
    await create.getByRole("button", { name: "Create" }).click();
    await expect(create.getByRole("alert")).toHaveText("Enter a name.");
    await create.getByLabel("Folder name").fill("プロジェクト/*");
    await create.getByRole("button", { name: "Create" }).click();
    await expect(create.getByRole("alert")).toHaveText("A folder name cannot contain % or *.");
    await create.getByLabel("Folder name").fill(CREATED);
    await create.getByRole("button", { name: "Create" }).click();
    await expect(create).toBeHidden();
    await expect(folderLink(page, CREATED)).toBeVisible();
    await expect(status(page, `Created ${CREATED}`)).toBeVisible();

    const listed = await serverMailboxes();
    expect(listed.subscribed.get(["プロジェクト", "2026"].join(listed.delimiter))).toBe(true);

    // The same name again: the server's refusal, in the dialog.
    await folders(page).getByRole("button", { name: "New folder" }).click();
    await create.getByLabel("Folder name").fill(CREATED);
    await create.getByRole("button", { name: "Create" }).click();
    await expect(create.getByRole("alert")).toHaveText("A folder with this name exists already.");
    await create.getByRole("button", { name: "Cancel" }).click();
    await expect(create).toBeHidden();

    // Drag the row onto the folder: the link lights up while the row is over it.
    const row = messageRow(page, uid.dragged);
    const target = folderLink(page, CREATED);
    await row.hover();
    await page.mouse.down();
    await target.hover({ position: { x: 10, y: 5 } });
    await target.hover();
    await expect(target).toHaveAttribute("data-drop-target", "true");
    await page.mouse.up();
    await expect(row).toBeHidden();
    await expect(target).not.toHaveAttribute("data-drop-target");
    await expect(status(page, `Moved to ${CREATED}`)).toBeVisible();
    await expect(page.getByRole("button", { name: "Undo" })).toBeVisible();
    await expect.poll(() => subjectsIn(CREATED)).toEqual(["議事録 2026"]);
    expect(await mailboxUids(MIKA, "INBOX")).toEqual([uid.stays]);

    // The folder's page: a URL-encoded path, the message in it.
    await target.click();
    await expect(page).toHaveURL((url) => url.pathname === mailboxPath(CREATED));
    await expect(target).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("row").filter({ hasText: "議事録 2026" })).toBeVisible();

    // Rename the folder shown: the page follows it to its new path.
    await folderAction(page, CREATED, "Rename");
    const rename = page.getByRole("dialog", { name: `Rename ${CREATED}` });
    await expect(rename.getByLabel("New name")).toHaveValue("2026");
    await rename.getByLabel("New name").fill("2027");
    await rename.getByRole("button", { name: "Rename" }).click();
    await expect(page).toHaveURL((url) => url.pathname === mailboxPath(RENAMED));
    await expect(folderLink(page, RENAMED)).toHaveAttribute("aria-current", "page");
    await expect(folderLink(page, CREATED)).toHaveCount(0);
    expect(await serverPaths()).not.toContain(CREATED);
    expect(await subjectsIn(RENAMED)).toEqual(["議事録 2026"]);

    // Delete the parent: the dialog names the child and asks again before deleting both.
    await folderAction(page, PARENT, "Delete");
    const remove = page.getByRole("dialog", { name: `Delete the folder ${PARENT}?` });
    await remove.getByRole("button", { name: "Delete", exact: true }).click();
    const again = page.getByRole("dialog", { name: `${PARENT} has folders inside it` });
    await expect(again.getByRole("listitem")).toHaveText([RENAMED]);
    expect(await serverPaths()).toContain(RENAMED);
    await again.getByRole("button", { name: "Delete all" }).click();
    await expect(again).toBeHidden();
    await expect(page).toHaveURL((url) => url.pathname === "/mail/INBOX");
    await expect(folders(page).getByText(PARENT)).toHaveCount(0);
    const left = await serverPaths();
    expect(left).not.toContain(PARENT);
    expect(left).not.toContain(RENAMED);
  });

  test("dragging one of the selected rows moves them all; the folder shown takes no drop", async ({
    page,
  }) => {
    const uids = await appendAll(
      MIKA,
      "INBOX",
      ["束 1", "束 2"].map((subject) => ({
        raw: textMessage({ from: sender, to: mika, subject, text: ".\n" }),
      })),
    );
    await withImap(MIKA, (client) => client.mailboxCreate(BUNDLE).then(() => undefined));
    await page.reload();
    const [first, second] = uids.map((uid) => messageRow(page, uid));

    // Onto the Inbox it is shown from: no highlight, nothing moves.
    const inbox = folderLink(page, "INBOX");
    await first!.hover();
    await page.mouse.down();
    await inbox.hover({ position: { x: 10, y: 5 } });
    await inbox.hover();
    await expect(inbox).not.toHaveAttribute("data-drop-target");
    await page.mouse.up();
    await expect(first!).toBeVisible();

    await page.getByRole("checkbox", { name: "Select 束 1" }).check();
    await page.getByRole("checkbox", { name: "Select 束 2" }).check();
    await second!.dragTo(folderLink(page, BUNDLE));
    await expect(first!).toBeHidden();
    await expect(second!).toBeHidden();
    await expect(status(page, `Moved to ${BUNDLE}`)).toBeVisible();
    await expect.poll(() => subjectsIn(BUNDLE)).toEqual(["束 1", "束 2"]);
    const inboxUids = await mailboxUids(MIKA, "INBOX");
    expect(inboxUids).not.toContain(uids[0]);
    expect(inboxUids).not.toContain(uids[1]);
  });

  test("unsubscribing on the manage page hides a folder from the nav", async ({ page }) => {
    await withImap(MIKA, (client) => client.mailboxCreate(HIDDEN).then(() => undefined));
    await page.reload();
    await expect(folderLink(page, HIDDEN)).toBeVisible();

    await folders(page).getByRole("link", { name: "Manage folders" }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/settings/mailboxes");
    const show = page.getByRole("switch", { name: `Show ${HIDDEN} in Folders` });
    await expect(show).toBeChecked();
    await show.uncheck();
    await expect(status(page, `${HIDDEN} is hidden from Folders`)).toBeVisible();
    await expect.poll(async () => (await serverMailboxes()).subscribed.get(HIDDEN)).toBe(false);
    // Still on the server, so still on the manage page (LIST, not only LSUB).
    await page.reload();
    await expect(show).not.toBeChecked();

    await page.getByRole("link", { name: "Back to mail" }).click();
    await expect(folderLink(page, "INBOX")).toBeVisible();
    await expect(folderLink(page, HIDDEN)).toHaveCount(0);
  });

  test("moves a folder into another and back to the top level", async ({ page }) => {
    await withImap(MIKA, async (client) => {
      await client.mailboxCreate(MOVED);
      await client.mailboxCreate(HOLDER);
    });
    await page.reload();

    // By keyboard: the folder's menu button, the arrow keys, Enter.
    await folders(page)
      .getByRole("button", { name: `Folder actions for ${MOVED}`, exact: true })
      .focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("menuitem", { name: "Rename" })).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("menuitem", { name: "Move to…" })).toBeFocused();
    await page.keyboard.press("Enter");
    const into = page.getByRole("dialog", { name: `Move ${MOVED}` });
    await expect(into.getByLabel("Put it inside")).toBeFocused();
    await into.getByLabel("Put it inside").selectOption(HOLDER);
    await into.getByRole("button", { name: "Move", exact: true }).click();
    await expect(into).toBeHidden();
    const inside = `${HOLDER}/${MOVED}`;
    await expect(folderLink(page, inside)).toBeVisible();
    await expect(folderLink(page, MOVED)).toHaveCount(0);
    let paths = await serverPaths();
    expect(paths).toContain(inside);
    expect(paths).not.toContain(MOVED);

    await folderAction(page, inside, "Move to…");
    const out = page.getByRole("dialog", { name: `Move ${inside}` });
    await out.getByLabel("Put it inside").selectOption({ label: "Top level" });
    await out.getByRole("button", { name: "Move", exact: true }).click();
    await expect(folderLink(page, MOVED)).toBeVisible();
    paths = await serverPaths();
    expect(paths).toContain(MOVED);
    expect(paths).not.toContain(inside);
  });

  test("Empty Trash deletes its messages for good after saying how many", async ({ page }) => {
    await appendAll(
      MIKA,
      "Trash",
      [1, 2, 3].map((n) => ({
        raw: textMessage({ from: sender, to: mika, subject: `ゴミ ${n}`, text: ".\n" }),
      })),
    );
    await page.reload();
    await folderAction(page, "Trash", "Empty Trash");
    const empty = page.getByRole("dialog", { name: "Delete 3 messages in Trash for good?" });
    await empty.getByRole("button", { name: "Empty" }).click();
    await expect(empty).toBeHidden();
    await expect(status(page, "Emptied Trash")).toBeVisible();
    expect(await mailboxUids(MIKA, "Trash")).toEqual([]);
  });
});
