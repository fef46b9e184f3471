import type { Draft } from "@/lib/api/compose-contract";
import { postJson, type ApiAnswer } from "@/lib/api/post-json";

/** A compose route's answer as the browser sees it (see lib/api/post-json.ts). */
export type ComposeAnswer<T> = ApiAnswer<T>;

/**
 * POSTs a Draft to /api/compose/send or /api/compose/drafts. `keepalive` lets a save outlive
 * the page (closing the tab; the body must stay under 64 KB).
 */
export function postCompose<T>(
  url: "/api/compose/send" | "/api/compose/drafts",
  draft: Draft,
  options: { keepalive?: boolean } = {},
): Promise<ComposeAnswer<T>> {
  return postJson<T>(url, draft, options);
}
