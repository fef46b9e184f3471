// What to do with a queued action or Outbox message after posting it again. Client-safe, pure.
import type { MailAction, MailActionResult } from "@/lib/api/mail-action";
import type { SendResult } from "@/lib/api/compose-contract";
import type { ApiAnswer } from "@/lib/api/post-json";

/**
 * done: applied. gone: the message is no longer where it was (moved or expunged elsewhere, or
 * the mailbox went): dropped with a notice. refused: the server said no: dropped with its
 * reason. wait: no answer or a passing server trouble: stop, keep it and try again later.
 */
export type ActionVerdict = "done" | "gone" | "refused" | "wait";

/** Not this request's fault: nothing changed, the same request may be posted again later. */
const passing = new Set([
  "NETWORK",
  "UNAUTHENTICATED",
  "SERVER_UNREACHABLE",
  "TOO_MANY_SESSIONS",
  "IMAP_ERROR",
  "SMTP_UNREACHABLE",
]);

function isPassing(code: string): boolean {
  return passing.has(code) || /^HTTP_(5\d\d|408|429)$/.test(code);
}

export function actionVerdict(
  request: MailAction,
  answer: ApiAnswer<MailActionResult>,
): ActionVerdict {
  if (answer.ok) {
    // The server acts on the UIDs that still exist and names them: none left means gone.
    return "uids" in request.target && answer.value.uids.length === 0 ? "gone" : "done";
  }
  const { code } = answer.error;
  if (isPassing(code)) return "wait";
  if (code === "MAILBOX_NOT_FOUND" || code === "MESSAGE_NOT_FOUND") return "gone";
  if (code === "UIDVALIDITY_CHANGED") return "gone";
  return "refused";
}

/**
 * sent: delivered now or before (the server keys the send by Message-ID). wait: nothing was
 * sent, try again later. failed: the server refused it, or cannot tell whether it went
 * (SEND_STATE_UNKNOWN): it stays in the Outbox for the user, never resent blindly.
 */
export type SendVerdict = "sent" | "wait" | "failed";

export function sendVerdict(answer: ApiAnswer<SendResult>): SendVerdict {
  if (answer.ok) return "sent";
  return isPassing(answer.error.code) ? "wait" : "failed";
}
