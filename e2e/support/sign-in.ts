// Signing in through the login form of the UI contract (labels Email, Password; button Sign in).
import type { Page } from "@playwright/test";
import { testStack } from "./test-imap";

/** Fills and submits the sign-in form on the current page (which must show it). */
export async function signIn(page: Page, user: string, password?: string): Promise<void> {
  const stack = testStack();
  await page.getByLabel("Email", { exact: true }).fill(stack.address(user));
  await page.getByLabel("Password", { exact: true }).fill(password ?? stack.password(user));
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}
