// The canary of the hostile-mail corpus: every payload that ran or loaded anything would hit
// http://127.0.0.1:31181/canary/<name>. It answers every request (a tiny GIF) and counts it.
import http from "node:http";

export const CANARY_PORT = 31181;
export const CANARY_ORIGIN = `http://127.0.0.1:${CANARY_PORT}`;

const GIF = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

export interface CanaryServer {
  /** Paths requested so far, in order. */
  hits(): string[];
  close(): Promise<void>;
}

export async function startCanaryServer(): Promise<CanaryServer> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url ?? ""}`);
    res.writeHead(200, { "Content-Type": "image/gif", "Cache-Control": "no-store" });
    res.end(GIF);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(CANARY_PORT, "127.0.0.1", resolve);
  });
  return {
    hits: () => [...hits],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
