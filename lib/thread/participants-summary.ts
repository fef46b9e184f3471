// Who took part in a conversation, in the few words a list row has room for. Client-safe.
import type { Address } from "@/lib/mail/types";

/** Past this many names the middle ones give way to "…": the first and the latest stay. */
const maxNames = 4;

/** The first word of a display name ("Bob Smith" → "Bob"), else the address's local part. */
export function shortName(address: Address): string {
  const name = address.name.trim();
  if (name) {
    // CJK names have no spaces between given and family name: keep them whole.
    return name.split(/[\s,]+/)[0] || name;
  }
  return address.address.split("@")[0] || address.address;
}

/**
 * The participants (oldest first, each once) as short names, the user's own address as
 * `me`: "Bob, me, Carol", or "Bob … Carol, Dave, me" past four.
 */
export function participantsSummary(participants: Address[], account: string, me: string): string {
  const own = account.trim().toLowerCase();
  const names: string[] = [];
  for (const address of participants) {
    const name = address.address.trim().toLowerCase() === own ? me : shortName(address);
    if (!names.includes(name)) names.push(name);
  }
  if (names.length <= maxNames) return names.join(", ");
  return `${names[0]} … ${names.slice(-(maxNames - 1)).join(", ")}`;
}
