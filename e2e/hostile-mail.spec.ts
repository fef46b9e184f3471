// Journey: a reader opens hostile mail. Every message of e2e/fixtures/hostile is delivered to
// erin's INBOX and opened in Chromium; for each one we prove that no script ran (canaries in
// the page and the frame, no dialog), that no request left for another host (every request
// of the page and its frames, and a canary server the payloads aim at), that Tegami's own
// controls are still visible and receive clicks, and that the readable text still shows.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { startCanaryServer, type CanaryServer } from "./support/canary-server";
import { signIn } from "./support/sign-in";
import { withImap } from "./support/test-imap";

const ERIN = "erin";
const INBOX = "INBOX";
const corpusDir = fileURLToPath(new URL("./fixtures/hostile/", import.meta.url));
const corpus = fs
  .readdirSync(corpusDir)
  .filter((name) => name.endsWith(".eml"))
  .sort();

/**
 * Malformed MIME that has no body to render at all: every delimiter is wrong, so the whole
 * body is preamble (RFC 2046 §5.1.1). Its marker is in the subject, the part that does render.
 */
const headersOnly = new Set(["16-wrong-boundary.eml"]);

/** "13-trackers.eml" -> "Readable text: hostile-13" */
const readableMarker = (name: string) => `Readable text: hostile-${name.slice(0, 2)}`;

/** Empties erin's INBOX and appends the corpus in order; answers the UID of each file. */
async function deliverCorpus(): Promise<Map<string, number>> {
  return withImap(ERIN, async (client) => {
    const lock = await client.getMailboxLock(INBOX);
    try {
      if ((client.mailbox && client.mailbox.exists) || 0) {
        await client.messageDelete("1:*");
      }
    } finally {
      lock.release();
    }
    const uids = new Map<string, number>();
    for (const name of corpus) {
      const appended = await client.append(INBOX, fs.readFileSync(path.join(corpusDir, name)));
      if (!appended || !appended.uid) throw new Error(`APPEND of ${name} returned no UID`);
      uids.set(name, appended.uid);
    }
    return uids;
  });
}

/** Visible and on top: a trial click fails if another element would receive the click. */
async function expectClickable(control: Locator, what: string): Promise<void> {
  await expect(control, what).toBeVisible();
  await control.click({ trial: true, timeout: 5_000 });
  const onTop = await control.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return hit !== null && (hit === element || element.contains(hit));
  });
  expect(onTop, `${what} is the element at its own center`).toBe(true);
}

/** What a payload would have changed in the page and in the message frame, if it ran. */
function canaries(page: Page) {
  return page.evaluate(() => {
    const w = window as Window & { __pwned?: unknown };
    const frame = document.querySelector<HTMLIFrameElement>('iframe[title="Message body"]');
    const inner = frame?.contentWindow as (Window & { __pwned?: unknown }) | null | undefined;
    return {
      pagePwned: w.__pwned ?? null,
      pageTitle: document.title,
      framePwned: inner?.__pwned ?? null,
      frameTitle: frame?.contentDocument?.title ?? "",
    };
  });
}

test.describe("hostile mail", () => {
  test.describe.configure({ mode: "serial" });
  let canary: CanaryServer;
  let uids: Map<string, number>;

  test.beforeAll(async () => {
    canary = await startCanaryServer();
    uids = await deliverCorpus();
  });

  test.afterAll(async () => {
    await canary?.close();
  });

  test("every message of the corpus opens inert, local-only, under Tegami's own controls", async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const appOrigin = new URL(baseURL ?? "http://127.0.0.1").origin;
    const foreign: string[] = [];
    const dialogs: string[] = [];
    const popups: string[] = [];
    context.on("request", (request) => {
      const url = request.url();
      if (/^(?:data|about|blob):/.test(url)) return;
      if (new URL(url).origin !== appOrigin) foreign.push(url);
    });
    context.on("page", (opened) => popups.push(opened.url()));
    page.on("dialog", (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });

    await page.goto("/login");
    await signIn(page, ERIN);
    await expect(page).toHaveURL((url) => url.pathname === "/mail/INBOX");

    const folders = page.getByRole("navigation", { name: "Folders" });
    const visibleButton = (name: string) =>
      page.getByRole("button", { name, exact: true }).filter({ visible: true }).first();

    const assertSafe = async (name: string) => {
      const state = await canaries(page);
      expect(state.pagePwned, `${name}: window.__pwned in the page`).toBeNull();
      expect(state.framePwned, `${name}: window.__pwned in the frame`).toBeNull();
      expect(state.pageTitle, `${name}: page title`).not.toContain("PWNED");
      expect(state.frameTitle, `${name}: frame title`).not.toContain("PWNED");
      expect(dialogs, `${name}: dialogs`).toEqual([]);
      expect(popups, `${name}: windows opened`).toEqual([]);
      expect(foreign, `${name}: requests to other hosts`).toEqual([]);
      expect(canary.hits(), `${name}: canary hits`).toEqual([]);
    };

    for (const name of corpus) {
      await test.step(name, async () => {
        const uid = uids.get(name);
        await page.goto(`/mail/INBOX/${uid}`);
        const article = page.getByRole("article");
        await expect(article, `${name}: the message opens`).toBeVisible();

        const frameElement = page.locator('iframe[title="Message body"]');
        const hasFrame = (await frameElement.count()) > 0;
        if (hasFrame) {
          // The load event waits for the frame's subresources: a leak has happened by then.
          const frame = await (await frameElement.elementHandle())?.contentFrame();
          await frame?.waitForLoadState("load");
        }

        await test.step("the readable text still shows", async () => {
          const marker = readableMarker(name);
          const body =
            hasFrame && !headersOnly.has(name)
              ? frameElement.contentFrame().getByText(marker).first()
              : article.getByText(marker).first();
          await expect(body, `${name}: ${marker}`).toBeVisible();
        });

        await test.step("Tegami's controls are visible and on top", async () => {
          await expectClickable(visibleButton("Reply"), `${name}: Reply`);
          await expectClickable(visibleButton("Delete"), `${name}: Delete`);
          await expectClickable(folders.getByRole("link").first(), `${name}: Folders`);
          if (hasFrame) {
            const frameBox = await frameElement.boundingBox();
            const replyBox = await visibleButton("Reply").boundingBox();
            expect(frameBox && replyBox, `${name}: boxes`).toBeTruthy();
            // The frame grows to its content, so content that grows with the frame (100vh,
            // height:100%) would never settle: make the frame taller and measure again.
            const growth = await frameElement.evaluate((frame: HTMLIFrameElement) => {
              const body = frame.contentDocument!.body;
              const before = body.scrollHeight;
              frame.style.height = `${frame.offsetHeight + 400}px`;
              // Reading layout in a same-origin frame lays out the parent (the new size) first.
              return body.scrollHeight - before;
            });
            expect(growth, `${name}: the content does not grow with the frame`).toBe(0);
            expect(
              frameBox!.y,
              `${name}: the frame starts below the toolbar`,
            ).toBeGreaterThanOrEqual(replyBox!.y + replyBox!.height);
          }
        });

        await assertSafe(name);

        const load = page.getByRole("button", { name: "Load remote content" });
        if (await load.isVisible()) {
          await test.step("loading remote content still reaches no other host", async () => {
            await load.click();
            await expect(page).toHaveURL(/[?&]remote=1/);
            await expect(page.getByRole("article")).toBeVisible();
            const frame = await (await frameElement.elementHandle())?.contentFrame();
            await frame?.waitForLoadState("load");
            await assertSafe(`${name} (remote content allowed)`);
          });
        }
      });
    }

    await test.step("trackers are counted; remote content waits for consent", async () => {
      await page.goto(`/mail/INBOX/${uids.get("13-trackers.eml")}`);
      await expect(page.getByText("3 trackers blocked")).toBeVisible();
      await expect(page.getByRole("button", { name: "Load remote content" })).toBeVisible();
    });

    await test.step("a link whose text names another host shows the real one", async () => {
      await page.goto(`/mail/INBOX/${uids.get("14-link-mismatch.eml")}`);
      const frame = page.locator('iframe[title="Message body"]').contentFrame();
      // The message's own CSS tries to hide every span: the marker must still show.
      const markers = frame.locator("[data-link-mismatch]");
      await expect(markers).toHaveCount(2);
      await expect(markers.first()).toBeVisible();
      await expect(markers.first()).toContainText("bank-evil.example");
      await expect(markers.nth(1)).toContainText("xn--bnk-6cd.example");
    });
  });
});
