import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { getConfig } from "@/lib/config/config";

// Short MACs of values Tegami keeps in cookies instead of the values themselves (which account
// a browser signed in to, which senders a reader trusts): the cookie reveals nothing, and
// nobody can add a token to it without AUTH_SECRET. A list is the tokens joined by ".".

/** The MAC of `value` under a key derived from AUTH_SECRET for this `purpose`, base64url. */
export function keyedToken(
  purpose: string,
  value: string,
  length: number,
  secret = getConfig().authSecret,
): string {
  const key = createHmac("sha256", secret).update(purpose).digest();
  return createHmac("sha256", key).update(value).digest("base64url").slice(0, length);
}

function tokensOf(list: string | null | undefined, length: number): string[] {
  const shape = new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
  return (list ?? "").split(".").filter((token) => shape.test(token));
}

/** Whether the list holds `token` (compared in constant time). */
export function tokenListHas(list: string | null | undefined, token: string): boolean {
  const expected = Buffer.from(token);
  return tokensOf(list, token.length).some((t) => timingSafeEqual(Buffer.from(t), expected));
}

/** The list with `token` added last (or removed), keeping at most `max` tokens, newest last. */
export function tokenListWith(
  list: string | null | undefined,
  token: string,
  { present = true, max }: { present?: boolean; max: number },
): string {
  const others = tokensOf(list, token.length).filter((existing) => existing !== token);
  return (present ? [...others, token] : others).slice(-max).join(".");
}
