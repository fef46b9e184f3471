// Journey: installing Tegami as an app. Chromium's own installability check (DevTools protocol)
// finds nothing missing, the manifest says what the home screen shows, and the service worker
// is activated and controls the mail pages without breaking the strict page CSP.
import { expect, test, type Page } from "@playwright/test";
import { launchPersistentBrowser, type PersistentBrowser } from "./support/persistent-browser";
import { signIn } from "./support/sign-in";

const IVAN = "ivan";

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

let browser: PersistentBrowser;
let page: Page;
const cspViolations: string[] = [];

test.beforeAll(async ({ baseURL }) => {
  browser = await launchPersistentBrowser(baseURL!);
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await page.goto("/mail/INBOX");
  await signIn(page, IVAN);
  await expect(page).toHaveURL(/\/mail\/INBOX/);
});

test.afterAll(async () => {
  await browser?.close();
});

test("the service worker is activated and controls the mail pages", async () => {
  // clients.claim() hands the open page to the worker without a reload.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const worker = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return {
      scope: registration.scope,
      state: registration.active?.state,
      script: navigator.serviceWorker.controller?.scriptURL,
    };
  });
  expect(worker.state).toBe("activated");
  expect(new URL(worker.scope).pathname).toBe("/");
  expect(new URL(worker.script!).pathname).toBe("/sw.js");

  // A navigation through the worker's fetch handler still renders the mail page.
  await page.reload();
  await expect(page.getByRole("navigation", { name: "Folders" })).toBeVisible();
  expect(cspViolations).toEqual([]);
});

test("sw.js is served for the whole scope and never from a cache", async () => {
  const response = await page.request.get("/sw.js");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/javascript/);
  expect(response.headers()["cache-control"]).toBe("no-cache");
  expect(response.headers()["service-worker-allowed"]).toBe("/");
});

test("Chromium reports no installability errors and reads the manifest", async () => {
  const cdp = await browser.context.newCDPSession(page);
  // The check runs on the page as loaded; poll until the manifest and worker are seen.
  await expect
    .poll(async () => (await cdp.send("Page.getInstallabilityErrors")).installabilityErrors, {
      timeout: 15_000,
    })
    .toEqual([]);
  const { url, errors } = await cdp.send("Page.getAppManifest");
  expect(new URL(url).pathname).toBe("/manifest.webmanifest");
  expect(errors).toEqual([]);
  await cdp.detach();
});

test("the manifest names the app, its colours, start URL, icons and shortcuts", async () => {
  const response = await page.request.get("/manifest.webmanifest");
  expect(response.status()).toBe(200);
  const manifest = await response.json();
  expect(manifest).toMatchObject({
    id: "/mail/INBOX",
    lang: "en-US",
    name: "Tegami",
    short_name: "Tegami",
    start_url: "/mail/INBOX",
    scope: "/",
    display: "standalone",
    theme_color: "#1d4ed8",
    background_color: "#ffffff",
  });
  expect(manifest.description).toBeTruthy();
  expect(manifest.shortcuts).toEqual([
    expect.objectContaining({ name: "Inbox", url: "/mail/INBOX" }),
    expect.objectContaining({ name: "Compose", url: "/compose?mode=new" }),
  ]);

  const purposes = new Set<string>();
  for (const icon of manifest.icons as { src: string; sizes: string; purpose: string }[]) {
    const image = await page.request.get(icon.src);
    expect(image.status(), icon.src).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    const { width, height } = pngSize(await image.body());
    expect(`${width}x${height}`).toBe(icon.sizes);
    purposes.add(`${icon.purpose} ${icon.sizes}`);
  }
  for (const wanted of ["any 192x192", "any 512x512", "maskable 192x192", "maskable 512x512"]) {
    expect(purposes).toContain(wanted);
  }
});

test("a Japanese browser gets the manifest in Japanese", async () => {
  const response = await page.request.get("/manifest.webmanifest", {
    headers: { "Accept-Language": "ja,en;q=0.5" },
  });
  expect(response.status()).toBe(200);
  const manifest = await response.json();
  expect(manifest).toMatchObject({ name: "Tegami", lang: "ja-JP", start_url: "/mail/INBOX" });
  expect(manifest.description).toContain("ウェブメール");
  expect(manifest.shortcuts).toEqual([
    expect.objectContaining({ name: "受信トレイ", url: "/mail/INBOX" }),
    expect.objectContaining({ name: "作成", url: "/compose?mode=new" }),
  ]);
});

test("the shortcuts open the Inbox and the composer", async () => {
  await page.goto("/compose?mode=new");
  await expect(page.getByLabel("Subject", { exact: true })).toBeVisible();
  await page.goto("/mail/INBOX");
  await expect(page.getByRole("navigation", { name: "Folders" })).toBeVisible();
});
