// A tiny HTTP server on 127.0.0.1 that serves a PNG and counts requests: the "remote image"
// of a tracker mail, to prove nothing is fetched before the reader allows remote content.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { TINY_PNG } from "./mail-fixtures";

export interface ImageServer {
  /** The absolute URL of `path` on this server. */
  url(path: string): string;
  /** Requests received so far. */
  hits(): number;
  /** Paths requested so far, in order. */
  paths(): string[];
  close(): Promise<void>;
}

export async function startImageServer(): Promise<ImageServer> {
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
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path.startsWith("/") ? path : `/${path}`}`,
    hits: () => paths.length,
    paths: () => [...paths],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
