// Writes addresses back into the one-line form the To/Cc/Bcc fields hold, so that
// parseAddressList reads exactly them again. Client-safe.
import type { Address } from "@/lib/mail/types";

// RFC 5322 §3.2.3 specials: a display name holding any of them must be a quoted-string.
const needsQuoting = /[()<>[\]:;@\\,."]/;

function formatName(name: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f]+/g, " ").trim();
  if (!needsQuoting.test(clean)) return clean;
  return `"${clean.replace(/(["\\])/g, "\\$1")}"`;
}

/** `Ann <ann@example.test>`, or the bare address when there is no name. */
export function formatAddress({ name, address }: Address): string {
  const shown = formatName(name);
  return shown ? `${shown} <${address}>` : address;
}

/** `Ann <a@x>, "Doe, Jo" <j@y>`: the value of a To/Cc/Bcc field. */
export function formatAddressList(addresses: Address[]): string {
  return addresses
    .filter((a) => a.address)
    .map(formatAddress)
    .join(", ");
}
