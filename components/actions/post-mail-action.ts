import type { MailAction, MailActionResponse } from "@/lib/api/mail-action";

const actionsUrl = "/api/mail/actions";

/** POST /api/mail/actions; a network failure or an answer that is not the contract's is an
 * error with an empty message (the caller says something general). */
export async function postMailAction(action: MailAction): Promise<MailActionResponse> {
  let response: Response;
  try {
    response = await fetch(actionsUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(action),
    });
  } catch {
    return { ok: false, error: { code: "NETWORK", message: "" } };
  }
  try {
    const answer = (await response.json()) as MailActionResponse;
    if (answer.ok === true && response.ok) return answer;
    if (answer.ok === false && typeof answer.error?.message === "string") return answer;
  } catch {
    // not JSON: a proxy's error page, or no such route
  }
  return { ok: false, error: { code: `HTTP_${response.status}`, message: "" } };
}
