// The browser side of every JSON route: one POST, and one reading of the typed answer
// `{ ok, value } | { ok: false, error }`. Client-safe.
import type { MailErrorDetails } from "@/lib/mail/mail-error";

/**
 * A route's answer as the browser sees it: the contract's, or NETWORK (no answer at all) and
 * HTTP_<status> (an answer that is not the contract's, e.g. a proxy's error page), both with
 * an empty message so the caller says something general.
 */
export type ApiAnswer<T> =
  | { ok: true; value: T }
  | { ok: false; error: { code: string; message: string; details?: MailErrorDetails } };

/** POSTs `body` as JSON to one of Tegami's routes. `keepalive` lets it outlive the page. */
export async function postJson<T>(
  url: string,
  body: unknown,
  options: { keepalive?: boolean } = {},
): Promise<ApiAnswer<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body),
      keepalive: options.keepalive ?? false,
    });
  } catch {
    return { ok: false, error: { code: "NETWORK", message: "" } };
  }
  return readAnswer<T>(response);
}

/** A route's response read as the contract's answer (see ApiAnswer). */
export async function readAnswer<T>(response: Response): Promise<ApiAnswer<T>> {
  try {
    const answer = (await response.json()) as ApiAnswer<T>;
    if (answer.ok === true && response.ok) return answer;
    if (answer.ok === false && typeof answer.error?.code === "string") {
      return { ok: false, error: { ...answer.error, message: answer.error.message ?? "" } };
    }
  } catch {
    // not JSON: a proxy's error page, or no such route
  }
  return { ok: false, error: { code: `HTTP_${response.status}`, message: "" } };
}
