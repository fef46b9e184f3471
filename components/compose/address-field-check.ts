// What the composer says about a To/Cc/Bcc field before sending: the same parser the server
// runs (lib/compose/parse-address-list), so the field is marked exactly where the server would
// refuse it.
import { parseAddressList } from "@/lib/compose/parse-address-list";

export interface AddressFieldCheck {
  /** How many recipients the field holds. */
  count: number;
  /** The entries that are not an address, as typed. */
  invalid: string[];
}

export function checkAddressField(value: string): AddressFieldCheck {
  const { addresses, invalid } = parseAddressList(value);
  return { count: addresses.length, invalid: invalid.map((entry) => entry.raw.trim()) };
}
