// Who a reply goes to (RFC 5322 §3.6.3): Reply-To if the original has one, else From; a reply
// to all adds the original To and Cc, without the user and without anyone twice. Client-safe.
import type { Address } from "@/lib/mail/types";

export interface ReplyOriginal {
  from: Address[];
  replyTo: Address[];
  to: Address[];
  cc: Address[];
}

export interface ReplyRecipients {
  to: Address[];
  cc: Address[];
}

const key = (address: string) => address.trim().toLowerCase();

/**
 * The recipients of a reply or a reply to all. `own` are the user's addresses: they are left
 * out, except when replying to one's own message (then the reply goes to its recipients, as
 * Thunderbird and Gmail do).
 */
export function replyRecipients(
  original: ReplyOriginal,
  mode: "reply" | "replyAll",
  own: string[],
): ReplyRecipients {
  const mine = new Set(own.map(key));
  const seen = new Set<string>();
  const take = (list: Address[], keepOwn = false) =>
    list.filter((a) => {
      const k = key(a.address);
      if (!k || seen.has(k) || (mine.has(k) && !keepOwn)) return false;
      seen.add(k);
      return true;
    });

  const fromSelf = original.from.length > 0 && original.from.every((a) => mine.has(key(a.address)));
  const primary = original.replyTo.length ? original.replyTo : original.from;
  if (fromSelf && !original.replyTo.length) {
    // My own message: answer its recipients (or myself, when I wrote only to me).
    const to = take(original.to);
    const cc = mode === "replyAll" ? take(original.cc) : [];
    return to.length || cc.length ? { to, cc } : { to: take(original.from, true), cc: [] };
  }
  const to = take(primary, true);
  if (mode === "reply") return { to, cc: [] };
  return { to: [...to, ...take(original.to)], cc: take(original.cc) };
}
