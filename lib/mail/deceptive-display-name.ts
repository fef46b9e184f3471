// A display name that shows an address ("support@bank.example" <x@evil.example>) is the
// oldest phishing trick there is: many mail apps show only the name. Tegami always shows the
// real address, and says so when the name claims a different one. Client-safe.
import type { Address } from "@/lib/mail/types";

const addressLike = /[^\s<>"'(),;:@]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi;

/**
 * The address-like text inside the display name that is not the real address, or null when
 * the name claims no other address.
 */
export function claimedOtherAddress(address: Address): string | null {
  // Full-width "＠" and friends are folded first, so they cannot pass for another character.
  const name = address.name.normalize("NFKC");
  const real = address.address.toLowerCase();
  for (const match of name.matchAll(addressLike)) {
    if (match[0].toLowerCase() !== real) return match[0];
  }
  return null;
}
