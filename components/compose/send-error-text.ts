import type { SendFailure } from "@/components/compose/use-send-message";
import type { Lang } from "@/lib/i18n/lang";
import { mailErrorText } from "@/lib/i18n/mail-error-text";
import type { Messages } from "@/lib/i18n/messages";

type KnownCode = keyof Messages["compose"]["sendErrors"];

function isKnown(code: string, m: Messages["compose"]): code is KnownCode {
  return Object.hasOwn(m.sendErrors, code);
}

/**
 * What a failed send tells the user: the unclear outcome always in our words (check Sent, do
 * not just send again); otherwise the server's message, or ours for a code we know when the
 * server said nothing; in another language always ours.
 */
export function sendErrorText(error: SendFailure, lang: Lang, m: Messages["compose"]): string {
  if (error.code === "SEND_STATE_UNKNOWN") return m.sendUnknown;
  const ours = isKnown(error.code, m) ? m.sendErrors[error.code] : null;
  // Not English: never the server's English words.
  if (lang !== "en") return ours ?? mailErrorText(error, lang) ?? m.sendFailed;
  return error.message || ours || m.sendFailed;
}
