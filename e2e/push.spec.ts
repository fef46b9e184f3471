// Journey: new mail notifies a subscribed browser through Web Push. A push service on loopback
// stands in for the browser vendor's (Chromium's PushManager cannot reach a real one here): the
// spec subscribes with keys of its own through Tegami's API, Postfix delivers mail to ivan, and
// the push service must receive an RFC 8291 message under a valid RFC 8292 VAPID signature that
// decrypts to the sender and subject only. The service worker then shows (and withdraws) the
// notification for that message, driven through the DevTools protocol.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type CDPSession, type Page } from "@playwright/test";
import { launchPersistentBrowser, type PersistentBrowser } from "./support/persistent-browser";
import { deliverThroughPostfix } from "./support/postfix";
import { signIn } from "./support/sign-in";
import { TEST_PUSH_PORT } from "./support/test-push-port";
import { startTestPushService, type TestPushService } from "./support/test-push-service";
import { searchUids, setFlags } from "./support/test-imap";
import { decryptPushBody, newSubscriber, verifyVapid } from "./support/web-push-receiver";

const IVAN = "ivan@example.test";
const subscriber = newSubscriber();
const endpointPath = `/push/${Date.now().toString(36)}`;
const gonePath = `${endpointPath}-gone`;

let browser: PersistentBrowser;
let page: Page;
let pushService: TestPushService;
let baseURL: string;

/** Calls the subscriptions route from the page itself, as the notification switch does. */
async function callPushRoute(method: "GET" | "POST" | "DELETE", body?: unknown) {
  return page.evaluate(
    async ({ method, body }) => {
      const response = await fetch("/api/push/subscriptions", {
        method,
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, answer: await response.json() };
    },
    { method, body },
  );
}

function storedEndpoints(): string[] {
  const file = path.join(process.env.TEGAMI_DATA_DIR!, "push-subscriptions.json");
  const table = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
  return (table[IVAN] ?? []).map((s: { endpoint: string }) => new URL(s.endpoint).pathname);
}

function pushesTo(pathname: string) {
  return pushService.received.filter((push) => push.path === pathname);
}

test.beforeAll(async ({ baseURL: url }) => {
  baseURL = url!;
  pushService = await startTestPushService(TEST_PUSH_PORT);
  browser = await launchPersistentBrowser(baseURL);
  await browser.context.grantPermissions(["notifications"], { origin: baseURL });
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto("/mail/INBOX");
  await signIn(page, "ivan");
  await expect(page).toHaveURL(/\/mail\/INBOX/);
  // Signing out forgets whatever subscriptions an earlier, interrupted run left behind.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, "ivan");
  await expect(page).toHaveURL(/\/mail\/INBOX/);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
});

test.afterAll(async () => {
  await browser?.close();
  await pushService?.close();
});

test("the header offers a Notifications switch, off until the user turns it on", async () => {
  const toggle = page.getByRole("button", { name: "Notifications" });
  await expect(toggle).toHaveAttribute("data-push-state", "off");
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
});

test("subscriptions are validated: push services over https, or the ones TEGAMI_PUSH_ALLOW names", async () => {
  const keys = subscriber.keys;
  const internal = await callPushRoute("POST", { endpoint: "http://10.0.0.1/push/x", keys });
  expect(internal.status).toBe(400);
  const loopback = await callPushRoute("POST", { endpoint: "https://127.0.0.1:9/push/x", keys });
  expect(loopback.status).toBe(400);
  const badKeys = await callPushRoute("POST", {
    endpoint: `${pushService.origin}/x`,
    keys: { p256dh: keys.auth, auth: keys.auth },
  });
  expect(badKeys.status).toBe(400);
  // Without the session's Origin check passing, nothing is stored (CSRF).
  const crossSite = await page.request.post("/api/push/subscriptions", {
    data: { endpoint: `${pushService.origin}/x`, keys },
    headers: { Origin: "http://evil.example" },
  });
  expect(crossSite.status()).toBe(403);
  expect(storedEndpoints()).toEqual([]);
});

test("mail delivered through Postfix reaches the push service encrypted, under Tegami's VAPID key", async () => {
  const key = await callPushRoute("GET");
  expect(key.status).toBe(200);
  const publicKey: string = key.answer.value.publicKey;

  pushService.gone.add(gonePath);
  for (const pathname of [gonePath, endpointPath]) {
    const subscribed = await callPushRoute("POST", {
      endpoint: `${pushService.origin}${pathname}`,
      expirationTime: null,
      keys: subscriber.keys,
    });
    expect(subscribed.status).toBe(200);
  }
  expect(storedEndpoints().sort()).toEqual([endpointPath, gonePath].sort());

  // No Tegami tab open: the watcher runs on for the subscribed user.
  await page.goto("about:blank");

  const subject = `Push check ${Date.now()}`;
  const sentAt = Math.floor(Date.now() / 1000);
  await deliverThroughPostfix({
    from: "Push Sender <push-sender@example.test>",
    to: IVAN,
    subject,
    text: "This body must never reach the push service.",
  });

  await expect.poll(() => pushesTo(endpointPath).length, { timeout: 30_000 }).toBe(1);
  const push = pushesTo(endpointPath)[0]!;
  expect(push.headers["content-encoding"]).toBe("aes128gcm");
  expect(Number(push.headers.ttl)).toBeGreaterThan(0);
  expect(push.headers.urgency).toBe("normal");

  const claims = verifyVapid(String(push.headers.authorization));
  expect(claims.publicKey).toBe(publicKey);
  expect(claims.aud).toBe(pushService.origin);
  expect(claims.sub).toMatch(/^(mailto:|https:)/);
  expect(claims.exp).toBeGreaterThan(sentAt);
  expect(claims.exp).toBeLessThanOrEqual(sentAt + 24 * 3600 + 60);

  const [uid] = await searchUids("ivan", "INBOX", { subject });
  const payload = JSON.parse(decryptPushBody(push.body, subscriber).toString("utf8"));
  expect(payload).toEqual({ kind: "new", from: "Push Sender", subject, mailbox: "INBOX", uid });

  // The push service said 410 for the other subscription: Tegami forgot it.
  await expect.poll(() => pushesTo(gonePath).length).toBe(1);
  await expect.poll(() => storedEndpoints()).toEqual([endpointPath]);

  // Read in another client: the notification is withdrawn with a "read" push.
  await setFlags("ivan", "INBOX", uid!, { add: ["\\Seen"] });
  await expect.poll(() => pushesTo(endpointPath).length, { timeout: 15_000 }).toBe(2);
  const read = JSON.parse(decryptPushBody(pushesTo(endpointPath)[1]!.body, subscriber).toString());
  expect(read).toEqual({ kind: "read", mailbox: "INBOX", uid });
});

test("new Inbox mail notifies while a Tegami tab shows another mailbox", async () => {
  // The watcher follows the tab into Sent and IDLEs there; INBOX is only polled for counts.
  await page.goto("/mail/Sent");
  const folders = page.getByRole("navigation", { name: "Folders" });
  await expect(folders.getByRole("link", { name: /^Sent/ })).toHaveAttribute(
    "aria-current",
    "page",
  );
  const before = pushesTo(endpointPath).length;

  const subject = `Push while elsewhere ${Date.now()}`;
  await deliverThroughPostfix({
    from: "Push Sender <push-sender@example.test>",
    to: IVAN,
    subject,
    text: "Delivered while the tab shows Sent.",
  });

  await expect.poll(() => pushesTo(endpointPath).length, { timeout: 30_000 }).toBe(before + 1);
  const [uid] = await searchUids("ivan", "INBOX", { subject });
  const push = pushesTo(endpointPath)[before]!;
  const payload = JSON.parse(decryptPushBody(push.body, subscriber).toString("utf8"));
  expect(payload).toEqual({ kind: "new", from: "Push Sender", subject, mailbox: "INBOX", uid });
  await setFlags("ivan", "INBOX", uid!, { add: ["\\Seen"] });
});

/**
 * The registration id of the worker at `/`, once its active version is running: a push
 * delivered while the worker is still starting may be dropped by the DevTools protocol.
 */
async function runningRegistration(cdp: CDPSession): Promise<string> {
  const ids = new Map<string, string>();
  const running = new Set<string>();
  cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
    for (const r of registrations) if (!r.isDeleted) ids.set(r.scopeURL, r.registrationId);
  });
  cdp.on("ServiceWorker.workerVersionUpdated", ({ versions }) => {
    for (const v of versions) {
      if (v.status === "activated" && v.runningStatus === "running") running.add(v.registrationId);
      else running.delete(v.registrationId);
    }
  });
  await cdp.send("ServiceWorker.enable");
  await expect.poll(() => running.has(ids.get(`${baseURL}/`) ?? "")).toBe(true);
  return ids.get(`${baseURL}/`)!;
}

test("the service worker shows a notification for a push, and withdraws it when read", async () => {
  await page.goto("/mail/INBOX");
  const cdp = await browser.context.newCDPSession(page);
  const id = await runningRegistration(cdp);
  const deliver = (payload: object) =>
    cdp.send("ServiceWorker.deliverPushMessage", {
      origin: baseURL,
      registrationId: id,
      data: JSON.stringify(payload),
    });
  // Asked of the worker running now: Chromium may have stopped and restarted it meanwhile.
  const shown = () =>
    browser.context
      .serviceWorkers()
      .find((w) => w.url().endsWith("/sw.js"))!
      .evaluate(async () =>
        (
          await (
            globalThis as unknown as { registration: ServiceWorkerRegistration }
          ).registration.getNotifications()
        ).map((n) => ({ title: n.title, body: n.body, tag: n.tag, data: n.data })),
      );

  // The payload as the browser decrypted it from the push service above. The DevTools protocol
  // may drop a delivery to a worker that is just starting: until one shows, it is delivered
  // again (the same tag replaces, so never two).
  const message = {
    kind: "new",
    from: "Push Sender",
    subject: "Lunch?",
    mailbox: "INBOX",
    uid: 42,
  };
  await deliver(message);
  await expect
    .poll(async () => {
      const now = await shown();
      if (now.length === 0) await deliver(message);
      return now;
    })
    .toEqual([
      { title: "Push Sender", body: "Lunch?", tag: "INBOX/42", data: { url: "/mail/INBOX/42" } },
    ]);

  await deliver({ kind: "read", mailbox: "INBOX", uid: 42 });
  await expect.poll(shown).toEqual([]);
  await cdp.detach();
});

test("tapping a notification opens its message in the Tegami window already open", async () => {
  const [uid] = await searchUids("ivan", "INBOX", { all: true });
  await page.goto("/mail/INBOX");
  const cdp = await browser.context.newCDPSession(page);
  const id = await runningRegistration(cdp);
  const message = { kind: "new", from: "Push Sender", subject: "Open me", mailbox: "INBOX", uid };
  const worker = () => browser.context.serviceWorkers().find((w) => w.url().endsWith("/sw.js"))!;
  // No person can tap here: the worker's own notificationclick listener is given the event a
  // tap raises, for the notification it shows (delivered again until it shows, as above).
  const tap = () =>
    worker().evaluate(async (tag) => {
      const scope = globalThis as unknown as {
        registration: ServiceWorkerRegistration;
        dispatchEvent(event: Event): boolean;
        NotificationEvent: new (type: string, init: { notification: Notification }) => Event;
      };
      const [notification] = await scope.registration.getNotifications({ tag });
      if (!notification) return false;
      // A constructed event may not be extended: the listener's waitUntil throws after its
      // work has started, an error of the test's making, not the worker's.
      const click = new scope.NotificationEvent("notificationclick", { notification });
      try {
        scope.dispatchEvent(click);
      } catch (error) {
        if (!(error instanceof DOMException)) throw error;
      }
      return true;
    }, `INBOX/${uid}`);
  await expect
    .poll(async () => {
      const tapped = await tap();
      if (!tapped)
        await cdp.send("ServiceWorker.deliverPushMessage", {
          origin: baseURL,
          registrationId: id,
          data: JSON.stringify(message),
        });
      return tapped;
    })
    .toBe(true);
  await expect(page).toHaveURL(`/mail/INBOX/${uid}`);
  await expect(page.getByRole("article")).toBeVisible();
  await cdp.detach();
});

test("unsubscribing and signing out forget the subscriptions", async () => {
  const removed = await callPushRoute("DELETE", {
    endpoint: `${pushService.origin}${endpointPath}`,
  });
  expect(removed.answer).toEqual({ ok: true, value: { subscriptions: 0 } });
  expect(storedEndpoints()).toEqual([]);

  await callPushRoute("POST", {
    endpoint: `${pushService.origin}${endpointPath}`,
    keys: subscriber.keys,
  });
  expect(storedEndpoints()).toEqual([endpointPath]);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  expect(storedEndpoints()).toEqual([]);
});
