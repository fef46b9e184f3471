// A signed-in session for tests that talk HTTP directly (forged requests, isolation): sign in
// through the real form once, then reuse the browser's cookies as a Cookie header.
import { expect, type Browser } from "@playwright/test";
import { messageList } from "./message-list";
import { signIn } from "./sign-in";

export interface SignedInSession {
  /** The `Cookie` request header the browser would send. */
  cookie: string;
  close(): Promise<void>;
}

export async function signedInSession(
  browser: Browser,
  baseURL: string,
  user: string,
): Promise<SignedInSession> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/login");
  await signIn(page, user);
  await expect(messageList(page)).toBeVisible();
  const cookies = await context.cookies(baseURL);
  expect(cookies.map((c) => c.name)).toContain("authjs.session-token");
  return {
    cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; "),
    close: () => context.close(),
  };
}
