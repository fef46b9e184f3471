import { isIP } from "node:net";

// The address of the browser behind a request, for rate limits and for the IMAP server's own
// failed-login penalty (IMAP ID x-originating-ip).
//
// App Router code cannot see the socket. Next's server fills X-Forwarded-For with the socket
// address only when a request arrives without one, and every reverse proxy in front appends
// the address it was reached from (nginx: $proxy_add_x_forwarded_for). So with N trusted
// proxies the client is the entry N places from the right; anything further left was written
// by the client and may be forged.
//
// With 0 (Tegami directly exposed) the rightmost entry is taken as well: Next only fills the
// header when it is absent, so a directly exposed Tegami cannot tell a forged header from a
// real one. There the per-account limits of the sign-in throttle are what holds.

/** The address a request came from, or "unknown" when the header holds no IP address there. */
export function clientAddress(headers: Headers, trustedProxies: number): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return "unknown";
  // Fewer entries than proxies: the furthest hop any proxy saw is still the best guess.
  const index = Math.max(0, entries.length - Math.max(1, trustedProxies));
  return normalizeIp(entries[index] ?? "") ?? "unknown";
}

/** A bare, canonical IP address from an X-Forwarded-For entry ("[::1]:443", "1.2.3.4:80"). */
function normalizeIp(entry: string): string | null {
  let value = entry.replace(/^"(.*)"$/, "$1");
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(value);
  if (bracketed?.[1]) value = bracketed[1];
  else if (/^[\d.]+:\d{1,5}$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  // A zone index ("fe80::1%eth0") names an interface of the proxy, not part of the address.
  value = value.replace(/%[\w.-]+$/, "");
  const version = isIP(value);
  if (version === 4) return value;
  if (version !== 6) return null;
  const lower = value.toLowerCase();
  // An IPv4 client seen through a dual-stack socket: one client, one spelling.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  return mapped?.[1] ?? lower;
}
