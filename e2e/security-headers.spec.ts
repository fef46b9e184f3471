// The headers that keep Tegami's pages and the mail shown in them apart: a strict, nonce-based
// CSP on every page (and proof that it holds in Chromium), the message frame's own policy and
// sandbox, and downloads that can never render as a page of this origin.
import { randomBytes } from "node:crypto";
import { expect, request as playwrightRequest, test, type APIResponse } from "@playwright/test";
import { BOB } from "./support/fixtures.mjs";
import { htmlWithInlineImage, messageWithAttachment } from "./support/mail-fixtures";
import { messageList } from "./support/message-list";
import { signedInSession } from "./support/session-cookie";
import { signIn } from "./support/sign-in";
import { appendMessage } from "./support/test-imap";

/** The directives of a Content-Security-Policy header, by name. */
function csp(response: APIResponse | { headers(): Record<string, string> }): Map<string, string[]> {
  const header = response.headers()["content-security-policy"] ?? "";
  return new Map(
    header
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

function expectCommonHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("no-referrer");
  expect(headers["permissions-policy"], what).toMatch(/camera=\(\)/);
  expect(headers["x-powered-by"], what).toBeUndefined();
}

test.describe("security headers", () => {
  const tag = randomBytes(3).toString("hex");
  let htmlUid: number;
  let attachmentUid: number;

  test.beforeAll(async () => {
    htmlUid = await appendMessage(
      BOB,
      "INBOX",
      htmlWithInlineImage({ subject: `Headers check ${tag}`, text: `Logo for ${tag}` }),
    );
    attachmentUid = await appendMessage(
      BOB,
      "INBOX",
      messageWithAttachment({
        subject: `Headers attachment ${tag}`,
        filename: "page.html",
        contentType: "text/html",
        bytes: Buffer.from("<script>parent.__pwned = 1</script>"),
      }),
    );
  });

  test("every page has a nonce CSP that forbids framing, and Chromium enforces it", async ({
    page,
  }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });

    const login = await page.goto("/login");
    const policy = csp(login!);
    const nonce = policy.get("script-src")?.find((v) => v.startsWith("'nonce-"));
    expect(nonce, "script-src nonce").toBeTruthy();
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(login!.headers()["x-frame-options"]).toBe("DENY");
    expect(login!.headers()["x-content-type-options"]).toBe("nosniff");
    expect(login!.headers()["referrer-policy"]).toBe("no-referrer");
    expect(login!.headers()["permissions-policy"]).toMatch(/camera=\(\)/);

    // Next.js stamped its own scripts with this response's nonce...
    const value = nonce!.slice("'nonce-".length, -1);
    const scripts = await page
      .locator("script")
      .evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(0);
    for (const scriptNonce of scripts) expect(scriptNonce).toBe(value);

    // ...and markup injected into the page cannot run script: inline handlers need a nonce too.
    const injectedRan = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const holder = document.createElement("div");
          holder.innerHTML = '<img src="data:," onerror="window.__injected = 1">';
          const image = holder.querySelector("img")!;
          // Listeners added by this (trusted) code run after the inline one would have.
          image.addEventListener("error", () =>
            setTimeout(() => resolve((window as { __injected?: number }).__injected === 1)),
          );
          document.body.append(holder);
        }),
    );
    expect(injectedRan).toBe(false);
    expect(violations.join("\n")).toMatch(/inline event handler violates/);
    violations.length = 0;

    // The app itself runs under the policy without a single violation.
    await signIn(page, BOB);
    await expect(messageList(page)).toBeVisible();
    const mailbox = await page.goto("/mail/INBOX");
    expect(csp(mailbox!).get("frame-ancestors")).toEqual(["'none'"]);
    expect(
      csp(mailbox!)
        .get("script-src")
        ?.find((v) => v.startsWith("'nonce-")),
    ).not.toBe(nonce);
    await page.goto(`/mail/INBOX/${htmlUid}`);
    await expect(page.getByRole("article", { name: `Headers check ${tag}` })).toBeVisible();
    const frame = page.frameLocator('iframe[title="Message body"]');
    await expect(frame.getByText(`Logo for ${tag}`)).toBeVisible();
    await expect(frame.locator("img")).toHaveJSProperty("complete", true);
    expect(violations).toEqual([]);

    // The frame element itself never grants scripts, forms or top navigation.
    const sandbox = await page.locator('iframe[title="Message body"]').getAttribute("sandbox");
    const grants = (sandbox ?? "").split(/\s+/);
    expect(sandbox).not.toBeNull();
    for (const forbidden of [
      "allow-scripts",
      "allow-forms",
      "allow-top-navigation",
      "allow-top-navigation-by-user-activation",
      "allow-modals",
    ]) {
      expect(grants).not.toContain(forbidden);
    }
  });

  test("the message frame, its images, the source and attachments have their own policies", async ({
    browser,
    baseURL,
  }) => {
    const session = await signedInSession(browser, baseURL!, BOB);
    const api = await playwrightRequest.newContext({
      baseURL,
      extraHTTPHeaders: { cookie: session.cookie },
    });
    try {
      const body = await api.get(`/api/mail/INBOX/${htmlUid}/body`);
      expect(body.status()).toBe(200);
      expectCommonHeaders(body, "message frame");
      expect(body.headers()["content-type"]).toBe("text/html; charset=utf-8");
      expect(body.headers()["cache-control"]).toContain("no-store");
      const frame = csp(body);
      expect(frame.get("default-src")).toEqual(["'none'"]);
      expect(frame.get("script-src")).toBeUndefined();
      expect(frame.get("form-action")).toEqual(["'none'"]);
      expect(frame.get("base-uri")).toEqual(["'none'"]);
      expect(frame.get("frame-ancestors")).toEqual(["'self'"]);
      expect(frame.get("sandbox")).toBeDefined();
      expect(frame.get("sandbox")).not.toContain("allow-scripts");
      expect(frame.get("img-src")?.join(" ")).not.toMatch(/https?:/);
      expect(body.headers()["x-frame-options"]).toBeUndefined();

      // The inline image: a raster type, inline only because the frame asked for it.
      const image = await api.get(`/api/mail/INBOX/${htmlUid}/parts/2?inline=1`);
      expect(image.status()).toBe(200);
      expect(image.headers()["content-type"]).toBe("image/png");
      expect(image.headers()["x-content-type-options"]).toBe("nosniff");
      expect(csp(image).get("sandbox")).toBeDefined();

      // An HTML attachment is never served as HTML, even when asked for inline.
      for (const query of ["", "?inline=1"]) {
        const attachment = await api.get(`/api/mail/INBOX/${attachmentUid}/parts/2${query}`);
        expect(attachment.status()).toBe(200);
        expectCommonHeaders(attachment, `attachment${query}`);
        expect(attachment.headers()["content-type"]).toBe("application/octet-stream");
        expect(attachment.headers()["content-disposition"]).toMatch(
          /^attachment; filename="page\.html"/,
        );
        expect(csp(attachment).get("default-src")).toEqual(["'none'"]);
      }

      const source = await api.get(`/api/mail/INBOX/${attachmentUid}/source`);
      expect(source.status()).toBe(200);
      expectCommonHeaders(source, "source");
      expect(source.headers()["content-disposition"]).toMatch(/^attachment;/);
      expect(source.headers()["content-type"]).not.toMatch(/html/);

      // JSON answers are never cached, and the live stream is not buffered by proxies.
      const forbidden = await api.post("/api/mail/actions", { data: "{}" });
      expect(forbidden.headers()["cache-control"]).toBe("no-store");
    } finally {
      await api.dispose();
      await session.close();
    }
  });
});
