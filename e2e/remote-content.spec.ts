// Remote images: blocked until the reader asks, then fetched by Tegami's image proxy (never by
// the browser from the sender's server), for one message or always for one sender, a choice
// the reader can take back.
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { BOB } from "./support/fixtures.mjs";
import { REMOTE_IMAGE_PORT, startImageServer, type ImageServer } from "./support/image-server";
import { htmlWithRemoteImage } from "./support/mail-fixtures";
import { messageList } from "./support/message-list";
import { signIn } from "./support/sign-in";
import { appendMessage } from "./support/test-imap";

test.describe("remote content", () => {
  const tag = randomBytes(3).toString("hex");
  const sender = `news-${tag}@example.org`;
  let images: ImageServer;
  const uids: Record<"first" | "second" | "stranger", number> = {
    first: 0,
    second: 0,
    stranger: 0,
  };

  test.beforeAll(async () => {
    images = await startImageServer(REMOTE_IMAGE_PORT);
    for (const [key, from] of [
      ["first", sender],
      ["second", sender],
      ["stranger", `other-${tag}@example.org`],
    ] as const) {
      uids[key] = await appendMessage(
        BOB,
        "INBOX",
        htmlWithRemoteImage({
          subject: `Remote ${key} ${tag}`,
          from: { name: "Newsletter", address: from },
          to: BOB,
          imageUrl: images.url(`/${tag}/${key}.png`),
        }),
      );
    }
  });

  test.afterAll(async () => {
    await images?.close();
  });

  /** Requests the server saw for one message's image. */
  const hitsFor = (key: string) => images.paths().filter((p) => p === `/${tag}/${key}.png`).length;

  async function open(page: Page, key: keyof typeof uids) {
    await page.goto(`/mail/INBOX/${uids[key]}`);
    await expect(page.getByRole("article", { name: `Remote ${key} ${tag}` })).toBeVisible();
    const frame = page.frameLocator('iframe[title="Message body"]');
    await expect(frame.getByText("Quarterly numbers are in the chart below.")).toBeVisible();
    return frame;
  }

  test("always for a sender, and stop again; only ever through the proxy", async ({
    page,
    baseURL,
  }) => {
    const direct: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).origin !== new URL(baseURL!).origin) direct.push(request.url());
    });
    await page.goto("/login");
    await signIn(page, BOB);
    await expect(messageList(page)).toBeVisible();

    // Blocked by default: nothing fetched, a notice offers both choices.
    const first = await open(page, "first");
    await expect(page.getByRole("button", { name: "Load remote content" })).toBeVisible();
    expect(hitsFor("first")).toBe(0);

    // Always load from this sender: back on the same message, the image is there.
    await page.getByRole("button", { name: `Always load from ${sender}` }).click();
    await expect(page.locator("[data-trusted-sender]")).toContainText(
      `Remote images from ${sender} are always loaded.`,
    );
    await expect(first.locator("img")).toHaveJSProperty("naturalWidth", 8);
    expect(hitsFor("first")).toBeGreaterThanOrEqual(1);
    expect(await first.locator("img").getAttribute("src")).toMatch(/^\/api\/remote\/image\?/);

    // Another message of the same sender loads at once; a stranger's stays blocked.
    const second = await open(page, "second");
    await expect(second.locator("img")).toHaveJSProperty("naturalWidth", 8);
    await expect(page.getByRole("button", { name: "Load remote content" })).toHaveCount(0);
    await open(page, "stranger");
    await expect(page.getByRole("button", { name: "Load remote content" })).toBeVisible();
    expect(hitsFor("stranger")).toBe(0);

    // Stop: the sender's messages are blocked again.
    await open(page, "second");
    const before = hitsFor("second");
    await page.locator("[data-trusted-sender]").getByRole("button", { name: "Stop" }).click();
    await expect(page.getByRole("button", { name: "Load remote content" })).toBeVisible();
    await expect(page.locator("[data-trusted-sender]")).toHaveCount(0);
    const blocked = page.frameLocator('iframe[title="Message body"]');
    await expect(blocked.getByText("Quarterly numbers are in the chart below.")).toBeVisible();
    await expect(blocked.locator("img[src]")).toHaveCount(0);
    expect(hitsFor("second")).toBe(before);

    // The browser itself never talked to the image server: every image came via Tegami.
    expect(direct).toEqual([]);
  });
});
