// Fetches one remote image for the image proxy: only from public addresses (or allowed ones),
// only raster images, within a size and time cap, and without anything of the reader's.
import "server-only";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { isIP } from "node:net";
import { getConfig } from "@/lib/config/config";
import { ImageProxyError } from "@/lib/image-proxy/image-proxy-error";
import { MAX_PROXIED_URL_LENGTH } from "@/lib/image-proxy/proxy-url";
import {
  declaredRasterImageType,
  sniffRasterImageType,
  type RasterImageType,
} from "@/lib/image-proxy/raster-image-type";
import {
  resolveAllowedAddresses,
  systemResolver,
  type Resolver,
} from "@/lib/image-proxy/resolve-allowed-addresses";

export const IMAGE_PROXY_LIMITS = {
  /** For the whole fetch: DNS, every redirect hop and the last byte of the body. */
  timeoutMs: 10_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 3,
};

export interface RemoteImage {
  /** The type the bytes were recognized as, not what the remote server declared. */
  contentType: RasterImageType;
  body: Buffer<ArrayBuffer>;
}

export interface FetchRemoteImageOptions {
  /** `host:port` pairs allowed although not public; default TEGAMI_IMAGE_PROXY_ALLOW. */
  allow?: readonly string[];
  resolve?: Resolver;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

// Nothing of the reader's: no cookies, Referer or browser User-Agent; identity encoding, so
// the size cap counts what is stored and no decompression bomb gets in.
const requestHeaders = {
  "User-Agent": "Mozilla/5.0 (compatible; image-proxy)",
  Accept: "image/avif,image/webp,image/png,image/jpeg,image/gif,image/*;q=0.8",
  "Accept-Encoding": "identity",
};

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

function checkedUrl(text: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    throw new ImageProxyError("BAD_URL", "The image URL is not valid.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ImageProxyError("BAD_URL", "Only http and https images are fetched.");
  }
  if (url.username || url.password) {
    throw new ImageProxyError("BAD_URL", "Image URLs with credentials are not fetched.");
  }
  if (url.href.length > MAX_PROXIED_URL_LENGTH) {
    throw new ImageProxyError("BAD_URL", "The image URL is too long.");
  }
  url.hash = "";
  return url;
}

/** A lookup that answers only the addresses checked before: the socket goes nowhere else. */
function pinnedLookup(addresses: string[]): LookupFunction {
  const entries = addresses.map((address) => ({ address, family: isIP(address) }));
  return (_hostname, options, callback) => {
    const first = entries[0];
    if (options.all) callback(null, entries);
    else if (first) callback(null, first.address, first.family);
  };
}

function get(url: URL, addresses: string[], signal: AbortSignal): Promise<http.IncomingMessage> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      // A fresh connection each time (agent: false): no pooled socket of another host or check.
      { headers: requestHeaders, agent: false, lookup: pinnedLookup(addresses), signal },
      resolve,
    );
    request.on("error", reject);
    request.end();
  });
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
    promise.then(resolve, reject);
  });
}

/** The body, refused once it grows past the cap, whatever Content-Length said. */
async function readCapped(
  response: http.IncomingMessage,
  maxBytes: number,
): Promise<Buffer<ArrayBuffer>> {
  const declared = Number(response.headers["content-length"]);
  if (declared > maxBytes) throw new ImageProxyError("TOO_LARGE", "The image is too large.");
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) throw new ImageProxyError("TOO_LARGE", "The image is too large.");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

async function readImage(response: http.IncomingMessage, maxBytes: number): Promise<RemoteImage> {
  if (response.statusCode !== 200) {
    throw new ImageProxyError(
      "UPSTREAM_STATUS",
      `The image server answered ${response.statusCode}.`,
    );
  }
  if (!declaredRasterImageType(response.headers["content-type"])) {
    throw new ImageProxyError("UNSUPPORTED_TYPE", "The remote file is not a raster image.");
  }
  const body = await readCapped(response, maxBytes);
  // The bytes decide: a raster image under its real type is harmless, anything else is refused.
  const contentType = sniffRasterImageType(body);
  if (!contentType) {
    throw new ImageProxyError("UNSUPPORTED_TYPE", "The remote file is not a raster image.");
  }
  return { contentType, body };
}

async function follow(url: URL, options: Required<FetchRemoteImageOptions>, signal: AbortSignal) {
  let current = url;
  for (let hop = 0; ; hop++) {
    const addresses = await abortable(
      resolveAllowedAddresses(current, options.allow, options.resolve),
      signal,
    );
    const response = await get(current, addresses, signal);
    try {
      const location = response.headers.location;
      if (!redirectStatuses.has(response.statusCode ?? 0) || !location) {
        return await readImage(response, options.maxBytes);
      }
      if (hop >= options.maxRedirects) {
        throw new ImageProxyError("TOO_MANY_REDIRECTS", "The image redirects too often.");
      }
      // Every hop is checked again: scheme, credentials and the address it resolves to.
      current = checkedUrl(location, current);
    } finally {
      response.destroy();
    }
  }
}

/** The image at `url`, or an ImageProxyError saying why it was refused. */
export async function fetchRemoteImage(
  url: string,
  options: FetchRemoteImageOptions = {},
): Promise<RemoteImage> {
  const settings: Required<FetchRemoteImageOptions> = {
    allow: options.allow ?? getConfig().imageProxyAllow,
    resolve: options.resolve ?? systemResolver,
    timeoutMs: options.timeoutMs ?? IMAGE_PROXY_LIMITS.timeoutMs,
    maxBytes: options.maxBytes ?? IMAGE_PROXY_LIMITS.maxBytes,
    maxRedirects: options.maxRedirects ?? IMAGE_PROXY_LIMITS.maxRedirects,
  };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  try {
    return await follow(checkedUrl(url), settings, controller.signal);
  } catch (error) {
    if (controller.signal.aborted) {
      throw new ImageProxyError("TIMEOUT", "The image server took too long.", { cause: error });
    }
    if (error instanceof ImageProxyError) throw error;
    throw new ImageProxyError("UPSTREAM_FAILED", "The image server could not be reached.", {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
  }
}
