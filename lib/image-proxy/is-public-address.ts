// Whether an IP address is a public unicast address the image proxy may connect to. Anything
// it cannot parse, or that reaches the host, its networks or special-purpose ranges, is not:
// the proxy must never become a way into Tegami's own network (SSRF).
import "server-only";

type Bytes = readonly number[];

/** A prefix of `bits` bits, written as the bytes it starts with. */
interface Range {
  prefix: Bytes;
  bits: number;
}

// IANA IPv4 Special-Purpose Address Registry (RFC 6890) and the multicast/reserved blocks.
const v4NotPublic: Range[] = [
  { prefix: [0], bits: 8 }, // "this network", 0.0.0.0 (RFC 1122)
  { prefix: [10], bits: 8 }, // private (RFC 1918)
  { prefix: [100, 64], bits: 10 }, // carrier-grade NAT (RFC 6598)
  { prefix: [127], bits: 8 }, // loopback
  { prefix: [169, 254], bits: 16 }, // link-local, cloud metadata services (RFC 3927)
  { prefix: [172, 16], bits: 12 }, // private
  { prefix: [192, 0, 0], bits: 24 }, // IETF protocol assignments (RFC 6890)
  { prefix: [192, 0, 2], bits: 24 }, // TEST-NET-1 (RFC 5737)
  { prefix: [192, 88, 99], bits: 24 }, // 6to4 relay anycast (RFC 7526)
  { prefix: [192, 168], bits: 16 }, // private
  { prefix: [198, 18], bits: 15 }, // benchmarking (RFC 2544)
  { prefix: [198, 51, 100], bits: 24 }, // TEST-NET-2
  { prefix: [203, 0, 113], bits: 24 }, // TEST-NET-3
  { prefix: [224], bits: 4 }, // multicast
  { prefix: [240], bits: 4 }, // reserved, and the broadcast 255.255.255.255
];

// Inside global unicast 2000::/3, the blocks that are not the public internet.
const v6NotPublic: Range[] = [
  { prefix: [0x20, 0x01, 0x00], bits: 23 }, // IETF protocol assignments, Teredo 2001::/32 (RFC 2928)
  { prefix: [0x20, 0x01, 0x0d, 0xb8], bits: 32 }, // documentation (RFC 3849)
  { prefix: [0x3f, 0xff], bits: 20 }, // documentation (RFC 9637)
];

function inRange(bytes: Bytes, { prefix, bits }: Range): boolean {
  for (let bit = 0; bit < bits; bit += 8) {
    const index = bit / 8;
    const mask = (0xff << (8 - Math.min(8, bits - bit))) & 0xff;
    if (((bytes[index] ?? 0) & mask) !== ((prefix[index] ?? 0) & mask)) return false;
  }
  return true;
}

/** Four bytes from canonical dotted decimal only: odd spellings (octal, hex, short) fail. */
function parseIpv4(text: string): number[] | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  const bytes = parts.map((part) => (/^(?:0|[1-9]\d{0,2})$/.test(part) ? Number(part) : NaN));
  return bytes.every((byte) => byte <= 255) ? bytes : null;
}

function parseGroups(text: string): number[] | null {
  if (text === "") return [];
  const groups: number[] = [];
  for (const group of text.split(":")) {
    if (!/^[0-9a-f]{1,4}$/i.test(group)) return null;
    groups.push(Number.parseInt(group, 16));
  }
  return groups;
}

/** Sixteen bytes from RFC 4291 text, with `::` and a dotted IPv4 tail; zone IDs fail. */
function parseIpv6(text: string): number[] | null {
  let head = text;
  const tail: number[] = [];
  const lastColon = text.lastIndexOf(":");
  if (text.includes(".", lastColon)) {
    const v4 = parseIpv4(text.slice(lastColon + 1));
    if (!v4) return null;
    tail.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
    // keep a `::` before the IPv4 part, drop a single separating colon
    head = text.slice(0, lastColon + 1);
    if (!head.endsWith("::")) head = head.slice(0, -1);
  }
  const halves = head.split("::");
  if (halves.length > 2) return null;
  const left = parseGroups(halves[0] ?? "");
  const right = halves.length === 2 ? parseGroups(halves[1] ?? "") : [];
  if (!left || !right) return null;
  const written = left.length + right.length + tail.length;
  if (halves.length === 2 ? written > 7 : written !== 8) return null;
  const groups = [...left, ...Array<number>(8 - written).fill(0), ...right, ...tail];
  return groups.flatMap((group) => [group >> 8, group & 0xff]);
}

function isPublicIpv4(bytes: Bytes): boolean {
  return !v4NotPublic.some((range) => inRange(bytes, range));
}

function isPublicIpv6(bytes: Bytes): boolean {
  const zeros = (count: number) => bytes.slice(0, count).every((byte) => byte === 0);
  // IPv4-mapped ::ffff:0:0/96 and IPv4-compatible ::/96 reach the IPv4 address inside.
  if (zeros(10) && bytes[10] === 0xff && bytes[11] === 0xff) return isPublicIpv4(bytes.slice(12));
  if (zeros(12)) return isPublicIpv4(bytes.slice(12));
  // NAT64 64:ff9b::/96 (RFC 6052) translates to the embedded IPv4 address.
  if (inRange(bytes, { prefix: [0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0], bits: 96 })) {
    return isPublicIpv4(bytes.slice(12));
  }
  // 6to4 2002::/16 (RFC 3056) tunnels to the IPv4 address in bits 16-47.
  if (inRange(bytes, { prefix: [0x20, 0x02], bits: 16 })) return isPublicIpv4(bytes.slice(2, 6));
  // Only global unicast is public: this leaves out ULA, link- and site-local, multicast.
  if (!inRange(bytes, { prefix: [0x20], bits: 3 })) return false;
  return !v6NotPublic.some((range) => inRange(bytes, range));
}

/** Whether `address` (IPv4 dotted decimal or IPv6, without brackets) is public unicast. */
export function isPublicAddress(address: string): boolean {
  if (address.includes(":")) {
    const bytes = parseIpv6(address);
    return bytes !== null && isPublicIpv6(bytes);
  }
  const bytes = parseIpv4(address);
  return bytes !== null && isPublicIpv4(bytes);
}
