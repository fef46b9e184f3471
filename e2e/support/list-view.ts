// The Conversation view setting, from outside: specs about the per-message list (one row per
// message, as ui-contract.md describes) turn it off for their browser context, as a user would
// in Settings. The cookie is lib/settings/list-view.ts's.
import type { BrowserContext } from "@playwright/test";

const LIST_VIEW_COOKIE = "tegami-list-view";

/** One row per message in `context`'s lists (the setting off). */
export async function useMessageView(context: BrowserContext, baseURL: string): Promise<void> {
  await context.addCookies([{ name: LIST_VIEW_COOKIE, value: "messages", url: baseURL }]);
}
