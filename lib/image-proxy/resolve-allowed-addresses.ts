// The addresses the image proxy may connect to for a URL: public ones, or those the
// administrator allowed for that port (TEGAMI_IMAGE_PROXY_ALLOW, e.g. an intranet server).
import "server-only";
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { ImageProxyError } from "@/lib/image-proxy/image-proxy-error";
import { isPublicAddress } from "@/lib/image-proxy/is-public-address";

/** Every address a host name resolves to. */
export type Resolver = (hostname: string) => Promise<string[]>;

export const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

/** `host:port` with the host in WHATWG normal form, as URL.host spells it (IPv6 bracketed). */
function hostPort(host: string, port: string): string | null {
  try {
    const hostname = new URL(`http://${isIP(host) === 6 ? `[${host}]` : host}`).hostname;
    return `${hostname}:${port}`;
  } catch {
    return null;
  }
}

/** The allow list in the spelling `hostPort` produces, so `[0::1]:80` matches `[::1]:80`. */
function normalizedAllowList(allow: readonly string[]): Set<string> {
  const entries = allow.map((entry) => {
    const colon = entry.lastIndexOf(":");
    return hostPort(entry.slice(0, colon).replace(/^\[(.*)\]$/, "$1"), entry.slice(colon + 1));
  });
  return new Set(entries.filter((entry) => entry !== null));
}

/**
 * The checked addresses to connect to for `url`; the connection must go to one of these and
 * nowhere else, or a second DNS answer could point it elsewhere (DNS rebinding).
 */
export async function resolveAllowedAddresses(
  url: URL,
  allow: readonly string[],
  resolve: Resolver,
): Promise<string[]> {
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  const allowed = normalizedAllowList(allow);
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const hostAllowed = allowed.has(`${url.hostname}:${port}`);
  const addresses = isIP(host) ? [host] : await resolve(host);
  const usable = addresses.filter(
    (address) =>
      hostAllowed || isPublicAddress(address) || allowed.has(hostPort(address, port) ?? ""),
  );
  if (usable.length === 0) {
    throw new ImageProxyError(
      "REFUSED_ADDRESS",
      addresses.length ? "The image is on a private network." : "The image host has no address.",
    );
  }
  return usable;
}
