// Journey: writing mail. alice writes to bob with a Japanese subject and an attachment, bob
// replies from his own browser; drafts survive a reload; a send while Postfix is down keeps
// everything and sends exactly once later; a double click sends once. The mail server is
// checked over IMAP, never through the UI alone.
import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import type { ImapFlow } from "imapflow";
import { ALICE, BOB } from "./support/fixtures.mjs";
import { postfixQueueEmpty, startPostfix, stopPostfix } from "./support/postfix";
import { signIn } from "./support/sign-in";
import { searchUids, withImap } from "./support/test-imap";

const INBOX = "INBOX";

async function signedIn(browser: Browser, baseURL: string, user: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/mail/INBOX");
  await signIn(page, user);
  await expect(page).toHaveURL(/\/mail\/INBOX$/);
  return page;
}

/** UIDs in `mailbox` of messages whose Message-ID is `messageId`. */
function byMessageId(user: string, mailbox: string, messageId: string): Promise<number[]> {
  return searchUids(user, mailbox, { header: { "message-id": messageId } });
}

/** UIDs in `mailbox` of messages whose Subject contains `subject` (UTF-8 SEARCH). */
function bySubject(user: string, mailbox: string, subject: string): Promise<number[]> {
  return searchUids(user, mailbox, { subject });
}

async function headersOf(client: ImapFlow, uid: number): Promise<string> {
  const message = await client.fetchOne(String(uid), { headers: true }, { uid: true });
  return message ? (message.headers?.toString("utf8") ?? "") : "";
}

async function messageIdOf(user: string, mailbox: string, uid: number): Promise<string> {
  return withImap(user, async (client) => {
    await client.mailboxOpen(mailbox, { readOnly: true });
    const message = await client.fetchOne(String(uid), { envelope: true }, { uid: true });
    return message ? (message.envelope?.messageId ?? "") : "";
  });
}

async function compose(page: Page, fields: { to: string; subject: string; body: string }) {
  await page
    .getByRole("link", { name: "Compose" })
    .or(page.getByRole("button", { name: "Compose" }))
    .first()
    .click();
  await expect(page.getByLabel("To", { exact: true })).toBeVisible();
  await page.getByLabel("To", { exact: true }).fill(fields.to);
  await page.getByLabel("Subject", { exact: true }).fill(fields.subject);
  await page.getByRole("textbox", { name: "Message", exact: true }).fill(fields.body);
}

const sendButton = (page: Page) => page.getByRole("button", { name: "Send", exact: true });

test.describe("writing mail", () => {
  test("alice sends bob a Japanese message with an attachment, and bob replies", async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const tag = randomBytes(3).toString("hex");
    const subject = `来週の打ち合わせについて ${tag}`;
    const body = `ボブさん\n\n資料を添付します。よろしくお願いします。\n(${tag})`;
    const bytes = randomBytes(64 * 1024 + 3);
    const filename = `資料-${tag}.bin`;

    const alice = await signedIn(browser, baseURL!, ALICE);
    await compose(alice, { to: BOB, subject, body });
    await alice
      .getByLabel("Attach files")
      .setInputFiles({ name: filename, mimeType: "application/octet-stream", buffer: bytes });
    await expect(alice.getByRole("button", { name: `Remove ${filename}` })).toBeVisible();
    await sendButton(alice).click();
    await expect(alice.getByRole("status").filter({ hasText: "Message sent" })).toBeVisible();

    await expect.poll(() => bySubject(BOB, INBOX, tag), { timeout: 15_000 }).toHaveLength(1);
    const [received] = await bySubject(BOB, INBOX, tag);
    const messageId = await messageIdOf(BOB, INBOX, received!);
    await withImap(BOB, async (client) => {
      await client.mailboxOpen(INBOX, { readOnly: true });
      const message = await client.fetchOne(
        String(received),
        { envelope: true, bodyStructure: true },
        { uid: true },
      );
      if (!message) throw new Error("received message vanished");
      expect(message.envelope?.subject).toBe(subject);
      const parts = message.bodyStructure?.childNodes ?? [];
      const attachment = parts.find(
        (p) => p.dispositionParameters?.filename === filename || p.parameters?.name === filename,
      );
      expect(attachment, "the attachment is a part of the received message").toBeDefined();
      const download = await client.download(String(received), attachment!.part, { uid: true });
      const chunks: Buffer[] = [];
      for await (const chunk of download.content ?? []) chunks.push(chunk as Buffer);
      expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
      const text =
        parts.find((p) => p.type === "text/plain") ??
        parts[0]?.childNodes?.find((p) => p.type === "text/plain");
      const textPart = await client.download(String(received), text?.part ?? "1", { uid: true });
      let decoded = "";
      for await (const chunk of textPart.content ?? []) decoded += String(chunk);
      expect(decoded.replace(/\r\n/g, "\n")).toContain("資料を添付します。よろしくお願いします。");
    });
    expect(await byMessageId(ALICE, "Sent", messageId)).toHaveLength(1);

    const bob = await signedIn(browser, baseURL!, BOB);
    await bob.goto(`/mail/INBOX/${received}`);
    await bob
      .getByRole("button", { name: "Reply", exact: true })
      .or(bob.getByRole("link", { name: "Reply", exact: true }))
      .first()
      .click();
    const reply = bob.getByRole("textbox", { name: "Message", exact: true });
    await expect(reply).toBeVisible();
    await expect(bob.getByLabel("Subject", { exact: true })).toHaveValue(`Re: ${subject}`);
    await reply.click();
    await bob.keyboard.type(`了解しました (${tag})`);
    await sendButton(bob).click();
    await expect(bob.getByRole("status").filter({ hasText: "Message sent" })).toBeVisible();

    await expect
      .poll(() => bySubject(ALICE, INBOX, `Re: ${subject}`), { timeout: 15_000 })
      .toHaveLength(1);
    const [replyUid] = await bySubject(ALICE, INBOX, `Re: ${subject}`);
    const headers = await withImap(ALICE, async (client) => {
      await client.mailboxOpen(INBOX, { readOnly: true });
      return headersOf(client, replyUid!);
    });
    expect(headers).toMatch(
      new RegExp(`^In-Reply-To: ${messageId.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "mi"),
    );
    expect(headers).toMatch(/^References: .*<.+>/im);
    await expect
      .poll(() => searchUids(BOB, INBOX, { uid: String(received), answered: true }))
      .toEqual([received]);
    // the reply shows up in alice's open Inbox without a reload
    await expect(alice.getByRole("grid", { name: "Messages" })).toContainText(`Re: ${subject}`, {
      timeout: 15_000,
    });
  });

  test("a draft survives a reload and is removed from Drafts when sent", async ({
    browser,
    baseURL,
  }) => {
    const tag = randomBytes(3).toString("hex");
    const alice = await signedIn(browser, baseURL!, ALICE);
    await compose(alice, { to: BOB, subject: `Draft ${tag}`, body: `Half a thought ${tag}` });
    await expect(alice.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible({
      timeout: 15_000,
    });
    await expect.poll(() => bySubject(ALICE, "Drafts", tag)).toHaveLength(1);

    await alice.reload();
    await expect(alice.getByLabel("Subject", { exact: true })).toHaveValue(`Draft ${tag}`);
    await expect(alice.getByRole("textbox", { name: "Message", exact: true })).toContainText(
      `Half a thought ${tag}`,
    );
    await expect(alice.getByLabel("To", { exact: true })).toHaveValue(new RegExp(BOB));

    await sendButton(alice).click();
    await expect(alice.getByRole("status").filter({ hasText: "Message sent" })).toBeVisible();
    await expect.poll(() => bySubject(ALICE, "Drafts", tag)).toHaveLength(0);
    await expect.poll(() => bySubject(BOB, INBOX, tag), { timeout: 15_000 }).toHaveLength(1);
  });

  test("a send while Postfix is down keeps the draft; once it is back, one copy arrives", async ({
    browser,
    baseURL,
  }) => {
    const tag = randomBytes(3).toString("hex");
    const alice = await signedIn(browser, baseURL!, ALICE);
    await compose(alice, { to: BOB, subject: `While down ${tag}`, body: `Patience ${tag}` });
    await stopPostfix();
    try {
      await sendButton(alice).click();
      await expect(
        alice.getByRole("alert").filter({ hasText: /cannot be reached|could not|not sent/i }),
      ).toBeVisible({
        timeout: 20_000,
      });
      await expect(alice.getByLabel("Subject", { exact: true })).toHaveValue(`While down ${tag}`);
      expect(await bySubject(ALICE, "Sent", tag)).toHaveLength(0);
    } finally {
      await startPostfix();
    }
    await sendButton(alice).click();
    await expect(alice.getByRole("status").filter({ hasText: "Message sent" })).toBeVisible({
      timeout: 20_000,
    });
    await expect.poll(() => bySubject(BOB, INBOX, tag), { timeout: 15_000 }).toHaveLength(1);
    await expect.poll(() => postfixQueueEmpty()).toBe(true);
    expect(await bySubject(BOB, INBOX, tag)).toHaveLength(1);
    expect(await bySubject(ALICE, "Sent", tag)).toHaveLength(1);
  });

  test("pressing Send twice quickly delivers one copy", async ({ browser, baseURL }) => {
    const tag = randomBytes(3).toString("hex");
    const alice = await signedIn(browser, baseURL!, ALICE);
    await compose(alice, { to: BOB, subject: `Twice ${tag}`, body: `Once only ${tag}` });
    await sendButton(alice).dblclick();
    await expect(alice.getByRole("status").filter({ hasText: "Message sent" })).toBeVisible();
    await expect.poll(() => bySubject(BOB, INBOX, tag), { timeout: 15_000 }).toHaveLength(1);
    // Postfix has delivered everything it accepted: with the queue empty, one copy is final.
    await expect.poll(() => postfixQueueEmpty()).toBe(true);
    expect(await bySubject(ALICE, "Sent", tag)).toHaveLength(1);
    expect(await bySubject(BOB, INBOX, tag)).toHaveLength(1);
  });

  test("invalid addresses are marked before sending and refused by the server", async ({
    browser,
    baseURL,
  }) => {
    const alice = await signedIn(browser, baseURL!, ALICE);
    await compose(alice, { to: "bob@example.test, not an address", subject: "Nope", body: "Nope" });
    await sendButton(alice).click();
    await expect(alice.getByLabel("To", { exact: true })).toHaveAttribute("aria-invalid", "true");
    const response = await alice.request.post("/api/compose/send", {
      headers: { Origin: new URL(baseURL!).origin, "Content-Type": "application/json" },
      data: {
        messageId: `<${randomBytes(8).toString("hex")}@tegami.test>`,
        to: "not an address",
        cc: "",
        bcc: "",
        subject: "Nope",
        html: null,
        text: "Nope",
        attachments: [],
        source: null,
        charset: "utf-8",
        draftUid: null,
      },
    });
    expect(response.status()).toBe(400);
    expect((await response.json()).ok).toBe(false);
  });
});
