// Forged requests (CSRF): every route and server action that changes mail or the session is
// posted to the way another site, or a client without a session, would post it. Each is
// refused and the server's state is checked afterwards: nothing changed.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  expect,
  request as playwrightRequest,
  test,
  type APIRequestContext,
  type Locator,
} from "@playwright/test";
import { BOB } from "./support/fixtures.mjs";
import { htmlWithRemoteImage, textMessage } from "./support/mail-fixtures";
import { messageList } from "./support/message-list";
import { postfixQueueEmpty } from "./support/postfix";
import { signedInSession, type SignedInSession } from "./support/session-cookie";
import { signIn } from "./support/sign-in";
import { appendMessage, messageFlags, searchUids, withImap } from "./support/test-imap";

const FOREIGN = "https://evil.test";

interface MutatingRoute {
  name: string;
  path: string;
  /** Headers a legitimate client sends (the body's type, an upload's name). */
  headers: Record<string, string>;
  body: () => string | Buffer;
  /** True when the state on the server shows the request took effect. */
  tookEffect: () => Promise<boolean>;
}

/** Files in the upload store of `user` (TEGAMI_UPLOAD_DIR is unset for the e2e servers). */
function uploadCount(user: string): number {
  const dir = path.join(
    os.tmpdir(),
    "tegami-uploads",
    createHash("sha256").update(user.toLowerCase()).digest("hex"),
  );
  return fs.existsSync(dir) ? fs.readdirSync(dir).length : 0;
}

test.describe("forged requests change nothing", () => {
  const tag = randomBytes(4).toString("hex");
  let session: SignedInSession;
  let uid: number;
  let api: APIRequestContext;
  let uploadsBefore: number;
  const draftId = `<forged-draft-${tag}@tests.example.org>`;
  const sendId = `<forged-send-${tag}@tests.example.org>`;

  const draft = (messageId: string, subject: string) =>
    JSON.stringify({
      messageId,
      to: BOB,
      cc: "",
      bcc: "",
      subject,
      html: null,
      text: "Sent by a page that is not Tegami.",
      attachments: [],
      source: null,
      charset: "utf-8",
      draftUid: null,
    });

  const routes: MutatingRoute[] = [
    {
      name: "mark as read",
      path: "/api/mail/actions",
      headers: { "Content-Type": "application/json" },
      body: () =>
        JSON.stringify({
          mailbox: "INBOX",
          target: { uids: [uid] },
          action: { type: "seen", value: true },
        }),
      tookEffect: async () => (await messageFlags(BOB, "INBOX", uid)).includes("\\Seen"),
    },
    {
      name: "delete",
      path: "/api/mail/actions",
      headers: { "Content-Type": "application/json" },
      body: () =>
        JSON.stringify({ mailbox: "INBOX", target: { uids: [uid] }, action: { type: "delete" } }),
      tookEffect: async () => !(await searchUids(BOB, "INBOX", { uid: String(uid) })).length,
    },
    {
      name: "save a draft",
      path: "/api/compose/drafts",
      headers: { "Content-Type": "application/json" },
      body: () => draft(draftId, `Forged draft ${tag}`),
      tookEffect: async () =>
        withImap(BOB, async (client) => {
          const drafts = (await client.list()).find((m) => m.specialUse === "\\Drafts");
          if (!drafts) return false;
          await client.mailboxOpen(drafts.path, { readOnly: true });
          const found = await client.search({ header: { "message-id": draftId } }, { uid: true });
          return Array.isArray(found) && found.length > 0;
        }),
    },
    {
      name: "send a message",
      path: "/api/compose/send",
      headers: { "Content-Type": "application/json" },
      body: () => draft(sendId, `Forged send ${tag}`),
      // Refused before SMTP: Postfix holds nothing and nothing reached the Inbox.
      tookEffect: async () =>
        !postfixQueueEmpty() ||
        (await searchUids(BOB, "INBOX", { header: { "message-id": sendId } })).length > 0,
    },
    {
      name: "upload an attachment",
      path: "/api/compose/uploads",
      headers: { "Content-Type": "application/pdf", "X-Filename": "forged.pdf" },
      body: () => Buffer.from("%PDF-1.4 forged"),
      tookEffect: async () => uploadCount(BOB) !== uploadsBefore,
    },
  ];

  test.beforeAll(async ({ browser, baseURL }) => {
    session = await signedInSession(browser, baseURL!, BOB);
    api = await playwrightRequest.newContext({ baseURL });
    uid = await appendMessage(
      BOB,
      "INBOX",
      textMessage({ subject: `Forgery target ${tag}`, text: "Must stay unread and in place." }),
    );
    uploadsBefore = uploadCount(BOB);
  });

  test.afterAll(async () => {
    await api?.dispose();
    await session?.close();
  });

  for (const route of routes) {
    test(`${route.name}: refused from another site, without a session, and as a form post`, async ({
      baseURL,
    }) => {
      const post = (headers: Record<string, string>) =>
        api.post(route.path, { headers, data: route.body(), maxRedirects: 0 });

      const foreignOrigin = await post({
        ...route.headers,
        Cookie: session.cookie,
        Origin: FOREIGN,
      });
      expect(foreignOrigin.status(), "foreign Origin").toBe(403);

      // No Origin at all, as some browsers send for same-site navigations: Fetch Metadata decides.
      const crossSite = await post({
        ...route.headers,
        Cookie: session.cookie,
        "Sec-Fetch-Site": "cross-site",
      });
      expect(crossSite.status(), "Sec-Fetch-Site: cross-site").toBe(403);

      // The classic CSRF: an auto-submitted HTML form, which can only send form encodings.
      const form = await post({
        "Content-Type": "application/x-www-form-urlencoded",
        Cookie: session.cookie,
        Origin: FOREIGN,
      });
      expect(form.status(), "cross-site form post").toBe(403);

      const anonymous = await post({ ...route.headers, Origin: new URL(baseURL!).origin });
      expect(anonymous.status(), "no session").toBe(401);

      expect(await route.tookEffect(), "server state after the forged requests").toBe(false);
    });
  }

  test("the same request from Tegami's own origin works (the check is not a blanket refusal)", async ({
    baseURL,
  }) => {
    const own = await api.post("/api/mail/actions", {
      headers: {
        "Content-Type": "application/json",
        Cookie: session.cookie,
        Origin: new URL(baseURL!).origin,
      },
      data: JSON.stringify({
        mailbox: "INBOX",
        target: { uids: [uid] },
        action: { type: "flagged", value: true },
      }),
    });
    expect(own.status()).toBe(200);
    expect(await messageFlags(BOB, "INBOX", uid)).toContain("\\Flagged");
  });

  test("server actions (sign out, trusting a sender) refuse a foreign Origin", async ({
    browser,
    baseURL,
  }) => {
    // The click's request is intercepted (page.route): no service worker, whose static routing
    // sends requests straight to the network, past Playwright's interception.
    const context = await browser.newContext({ baseURL, serviceWorkers: "block" });
    const page = await context.newPage();
    await page.goto("/login");
    await signIn(page, BOB);
    await expect(messageList(page)).toBeVisible();
    const cookie = (await context.cookies(baseURL!)).map((c) => `${c.name}=${c.value}`).join("; ");

    /**
     * The real action request a click on `button` sends, captured and not let through. The
     * click waits for React to own the button: before that the form posts natively (no
     * Next-Action header) and the page navigates.
     */
    async function captureAction(button: Locator) {
      await expect
        .poll(() =>
          button.evaluate((element) =>
            Object.keys(element).some((key) => key.startsWith("__reactProps$")),
          ),
        )
        .toBe(true);
      const captured = new Promise<{ url: string; headers: Record<string, string>; body: string }>(
        (resolve) => {
          void page.route("**/*", async (route) => {
            const r = route.request();
            if (r.method() === "POST" && r.headers()["next-action"]) {
              resolve({ url: r.url(), headers: r.headers(), body: r.postData() ?? "" });
              await route.abort();
            } else await route.continue();
          });
        },
      );
      await button.click();
      const action = await captured;
      await page.unrouteAll({ behavior: "ignoreErrors" });
      return api.post(action.url, {
        headers: { ...action.headers, cookie, origin: FOREIGN },
        data: action.body,
        maxRedirects: 0,
      });
    }

    const newsletter = await appendMessage(
      BOB,
      "INBOX",
      htmlWithRemoteImage({
        subject: `Forged trust ${tag}`,
        from: { address: `news-${tag}@example.org` },
        imageUrl: "http://127.0.0.1:9/chart.png",
      }),
    );
    await page.goto(`/mail/INBOX/${newsletter}`);
    const forgedTrust = await captureAction(
      page.getByRole("button", { name: `Always load from news-${tag}@example.org` }),
    );
    expect(forgedTrust.status()).toBeGreaterThanOrEqual(400);
    expect(forgedTrust.headers()["set-cookie"] ?? "").not.toContain("tegami-remote-senders");

    const forged = await captureAction(page.getByRole("button", { name: "Sign out" }));
    await context.close();
    expect(forged.status()).toBeGreaterThanOrEqual(400);
    expect(forged.headers()["set-cookie"] ?? "").not.toMatch(/authjs\.session-token=;|Max-Age=0/);

    // The session the forged sign-out aimed at still works.
    const stillIn = await api.get("/mail/INBOX", { headers: { cookie }, maxRedirects: 0 });
    expect(stillIn.status()).toBe(200);

    // next-auth's own sign-in and sign-out endpoints want its CSRF token (login CSRF).
    const forgedLogin = await api.post("/api/auth/callback/credentials", {
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: FOREIGN },
      data: `email=${encodeURIComponent(BOB)}&password=x`,
      maxRedirects: 0,
    });
    expect(forgedLogin.headers()["set-cookie"] ?? "").not.toContain("authjs.session-token=");
  });
});
