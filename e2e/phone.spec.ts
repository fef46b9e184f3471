// Journey: on a phone (390×844, touch). bob signs in, opens a message from alice and replies,
// one pane at a time; every page is attached to the test's output as a screenshot, and none
// scrolls sideways. The reply is checked in alice's Inbox over IMAP.
import { randomBytes } from "node:crypto";
import { devices, expect, test, type Page, type TestInfo } from "@playwright/test";
import { ALICE, BOB } from "./support/fixtures.mjs";
import { textMessage } from "./support/mail-fixtures";
import { messageList, messageRow } from "./support/message-list";
import { signIn } from "./support/sign-in";
import { appendMessage, searchUids } from "./support/test-imap";

// Requests are intercepted here (page.route): the service worker is blocked, because its static
// routing sends requests straight to the network, past Playwright's interception.
test.use({ serviceWorkers: "block" });

test.use({
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
  userAgent: devices["Pixel 7"].userAgent,
});

/** A message from alice lands in bob's Inbox (over IMAP); its UID. */
function fromAlice(subject: string, text: string): Promise<number> {
  return appendMessage(
    BOB,
    "INBOX",
    textMessage({ from: { name: "Alice Example", address: ALICE }, to: BOB, subject, text }),
  );
}

/** Attaches a screenshot of the page, and asserts that nothing is wider than the screen. */
async function shot(page: Page, testInfo: TestInfo, name: string) {
  // Kept in test-results/ as files, and attached to the report.
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: "image/png" });
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll("body *")].filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && (box.right > width + 1 || box.left < -1);
    });
    return {
      scrolls: document.documentElement.scrollWidth > width,
      wide: wide.slice(0, 3).map((element) => element.outerHTML.slice(0, 120)),
    };
  });
  expect(overflow, `${name}: nothing wider than the screen`).toEqual({ scrolls: false, wide: [] });
}

test("on a phone: sign in, open a message, reply, one pane at a time", async ({
  page,
}, testInfo) => {
  const subject = `Phone check ${randomBytes(4).toString("hex")}: a rather long subject line that has to wrap or be cut on a narrow screen`;
  const uid = await fromAlice(
    subject,
    "Can you answer from your phone?\nhttps://example.com/a/very/long/link/that/must/not/widen/the/page/at/all/0123456789",
  );

  await page.goto("/login");
  await shot(page, testInfo, "1 sign-in");
  await signIn(page, BOB);
  await expect(page).toHaveURL(/\/mail\/INBOX$/);
  await expect(messageRow(page, uid)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Folders" })).toBeHidden();
  await shot(page, testInfo, "2 message list");

  await messageRow(page, uid).getByRole("link").tap();
  const article = page.getByRole("article", { name: subject });
  await expect(article).toBeVisible();
  await expect(messageList(page)).toBeHidden();
  await shot(page, testInfo, "3 open message");

  // Reply from the bar at the bottom of the message: the composer takes the whole screen.
  const reply = page.getByRole("button", { name: "Reply", exact: true }).filter({ visible: true });
  await expect(reply).toHaveCount(1);
  const bar = await reply.boundingBox();
  expect(bar!.y + bar!.height).toBeGreaterThan(844 - 80);
  await reply.tap();
  await expect(page).toHaveURL(/\/compose\?/);
  await expect(page.getByLabel("Subject", { exact: true })).toHaveValue(`Re: ${subject}`);
  const message = page.getByRole("textbox", { name: "Message", exact: true });
  // A tap on the empty line above the quote, where a reply is written.
  await message.tap({ position: { x: 24, y: 12 } });
  await page.keyboard.type("Yes, from the train.");
  await expect(message.locator("blockquote")).not.toContainText("Yes, from the train.");
  await expect(message).toContainText(/^\s*Yes, from the train\./);
  const send = page.getByRole("button", { name: "Send", exact: true });
  await expect(send).toBeInViewport();
  const box = await send.boundingBox();
  expect(Math.min(box!.width, box!.height)).toBeGreaterThanOrEqual(44);
  await shot(page, testInfo, "4 reply");

  await send.tap();
  await expect
    .poll(() => searchUids(ALICE, "INBOX", { subject: `Re: ${subject}` }), { timeout: 15_000 })
    .toHaveLength(1);
  await expect(page.getByRole("status").filter({ hasText: "Message sent" })).toBeVisible();
  await shot(page, testInfo, "5 after sending");
});

type Point = { x: number; y: number };

/**
 * A finger touches `from`, moves to `to` in 8 steps and lifts; `beforeLift` runs while it is
 * still down (to check what the page shows mid-gesture).
 */
async function touchDrag(page: Page, from: Point, to: Point, beforeLift?: () => Promise<void>) {
  const cdp = await page.context().newCDPSession(page);
  const at = (share: number) => [
    { x: from.x + (to.x - from.x) * share, y: from.y + (to.y - from.y) * share },
  ];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: at(0) });
  for (let step = 1; step <= 8; step += 1)
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: at(step / 8) });
  await beforeLift?.();
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
}

/** A finger drags across `box` horizontally, from `from` to `to` (shares of its width). */
function swipe(
  page: Page,
  box: { x: number; y: number; width: number; height: number },
  from: number,
  to: number,
) {
  const y = box.y + box.height / 2;
  return touchDrag(page, { x: box.x + box.width * from, y }, { x: box.x + box.width * to, y });
}

test("on a phone: a short swipe does nothing, a long swipe left archives, and Undo brings it back", async ({
  page,
}) => {
  const subject = `Swipe check ${randomBytes(4).toString("hex")}`;
  const uid = await fromAlice(subject, "Swipe me.");
  await page.goto("/login");
  await signIn(page, BOB);
  const row = messageRow(page, uid);
  await expect(row).toBeVisible();

  await swipe(page, (await row.boundingBox())!, 0.8, 0.65);
  await expect(row).toBeVisible();
  await expect(page).toHaveURL(/\/mail\/INBOX$/);

  await swipe(page, (await row.boundingBox())!, 0.9, 0.2);
  await expect(row).toBeHidden();
  // Announced in the status region (which takes no room on a phone) and shown as a toast.
  await expect(page.getByRole("status").filter({ hasText: "Moved to Archive" })).toHaveCount(1);
  await expect(page.getByText("Moved to Archive", { exact: true })).toBeVisible();
  await expect.poll(() => searchUids(BOB, "Archive", { subject })).toHaveLength(1);

  // A click, not a tap: Chromium's gesture detector drops a synthetic tap that lands within
  // ~300 ms of the end of a drag the page handled itself (measured; no person is that fast).
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => searchUids(BOB, "INBOX", { subject })).toHaveLength(1);
  await expect(page.getByRole("row").filter({ hasText: subject })).toBeVisible();
});

test("on a phone: pulling the list down from its top fetches mail the live updates missed", async ({
  page,
}) => {
  // No event stream: this device hears nothing of new mail until it asks.
  await page.route("**/api/events", (route) => route.abort());
  await page.goto("/login");
  await signIn(page, BOB);
  const list = messageList(page);
  await expect(list.getByRole("row").first()).toBeVisible();

  const subject = `Pull check ${randomBytes(4).toString("hex")}`;
  const uid = await fromAlice(subject, "Arrived while this phone was not listening.");
  await expect(messageRow(page, uid)).toHaveCount(0);

  // Down from the top of the list, past the point where letting go refreshes.
  const box = (await list.boundingBox())!;
  const x = box.x + box.width / 2;
  await touchDrag(page, { x, y: box.y + 20 }, { x, y: box.y + 220 }, () =>
    expect(page.getByText("Release to refresh")).toBeVisible(),
  );

  await expect(messageRow(page, uid)).toBeVisible();
  await expect(page.getByText("Release to refresh")).toHaveCount(0);
});
