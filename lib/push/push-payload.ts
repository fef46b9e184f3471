// What a push message carries (decrypted by public/sw.js): for new mail only the sender and the
// subject, and where the message is, so a tap opens it; for a message read elsewhere only where
// it is, so its notification is withdrawn. Client-safe.

export type PushPayload =
  | { kind: "new"; from: string; subject: string; mailbox: string; uid: number }
  | { kind: "read"; mailbox: string; uid: number };

export type NewMailPayload = Extract<PushPayload, { kind: "new" }>;

const maxText = 200;

/** Cuts a header to what a notification can show, so the payload stays small. */
function clip(text: string): string {
  const trimmed = text.replace(/\s+/g, " ").trim();
  return trimmed.length > maxText ? `${trimmed.slice(0, maxText - 1)}…` : trimmed;
}

/** The payload for a new message: the sender's name (or address) and the subject, nothing more. */
export function newMailPayload(
  from: { name: string; address: string } | undefined,
  subject: string,
  mailbox: string,
  uid: number,
): NewMailPayload {
  return {
    kind: "new",
    from: clip(from?.name || from?.address || ""),
    subject: clip(subject),
    mailbox,
    uid,
  };
}
