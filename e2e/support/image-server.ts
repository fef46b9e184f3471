// A tiny HTTP server on 127.0.0.1 that serves a PNG and counts requests: the "remote image"
// of a tracker mail, to prove nothing is fetched before the reader allows remote content.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { TINY_PNG } from "./mail-fixtures";

/**
 * The known port of a spec's "remote" image server: the e2e servers allow the image proxy to
 * fetch from 127.0.0.1 on this port (TEGAMI_IMAGE_PROXY_ALLOW in playwright.config.ts).
 * E2E_IMAGE_PORT moves it, for two test runs side by side.
 */
export const REMOTE_IMAGE_PORT = Number(process.env.E2E_IMAGE_PORT || 31180);

export interface ImageServer {
  /** The absolute URL of `path` on this server. */
  url(path: string): string;
  /** Requests received so far. */
  hits(): number;
  /** Paths requested so far, in order. */
  paths(): string[];
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1, on `port` (e.g. REMOTE_IMAGE_PORT) or an ephemeral one. */
export async function startImageServer(port = 0): Promise<ImageServer> {
  const paths: string[] = [];
  const server = http.createServer((req, res) => {
    paths.push(req.url ?? "");
    res.writeHead(200, {
      "Content-Type": "image/png",
      "Content-Length": TINY_PNG.length,
      "Cache-Control": "no-store",
    });
    res.end(TINY_PNG);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const listening = (server.address() as AddressInfo).port;
  return {
    url: (path) => `http://127.0.0.1:${listening}${path.startsWith("/") ? path : `/${path}`}`,
    hits: () => paths.length,
    paths: () => [...paths],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
