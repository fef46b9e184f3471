// A Message-ID for a new compose session (RFC 5322 §3.6.4: globally unique, `<left@right>`).
// Client-safe: the composer makes it when it opens, and it then keys every draft version and
// the send itself (the idempotency key of "send exactly once").
import { toAsciiDomain } from "@/lib/compose/parse-address-list";

/** `<uuid@domain-of-the-sender>`; the sender's domain says who made it, the UUID makes it unique. */
export function newMessageId(senderAddress: string): string {
  const domain = toAsciiDomain(senderAddress.split("@").pop() ?? "") ?? "tegami.invalid";
  return `<${globalThis.crypto.randomUUID()}@${domain}>`;
}
