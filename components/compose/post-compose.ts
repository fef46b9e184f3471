import type { ComposeResponse, Draft } from "@/lib/api/compose-contract";
import type { MailErrorDetails } from "@/lib/mail/mail-error";

/**
 * A compose route's answer as the browser sees it: the contract's, or NETWORK (no answer) and
 * HTTP_<status> (an answer that is not the contract's) with an empty message.
 */
export type ComposeAnswer<T> =
  | Extract<ComposeResponse<T>, { ok: true }>
  | { ok: false; error: { code: string; message: string; details?: MailErrorDetails } };

/**
 * POSTs a Draft to /api/compose/send or /api/compose/drafts. A network failure is NETWORK,
 * an answer that is not the contract's HTTP_<status>, both with an empty message.
 * `keepalive` lets a save outlive the page (closing the tab; the body must stay under 64 KB).
 */
export async function postCompose<T>(
  url: "/api/compose/send" | "/api/compose/drafts",
  draft: Draft,
  options: { keepalive?: boolean } = {},
): Promise<ComposeAnswer<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(draft),
      keepalive: options.keepalive ?? false,
    });
  } catch {
    return { ok: false, error: { code: "NETWORK", message: "" } };
  }
  try {
    const answer = (await response.json()) as ComposeAnswer<T>;
    if (answer.ok === true && response.ok) return answer;
    if (answer.ok === false && typeof answer.error?.code === "string") return answer;
  } catch {
    // not JSON: a proxy's error page, or no such route
  }
  return { ok: false, error: { code: `HTTP_${response.status}`, message: "" } };
}
