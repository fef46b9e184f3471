// A push service on loopback (RFC 8030 §5), standing in for the browser vendor's: it accepts
// push messages for any subscription path and records them for the spec to check. Paths listed
// in `gone` answer 410, as a real service does for a subscription that ended.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedPush {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface TestPushService {
  origin: string;
  received: ReceivedPush[];
  gone: Set<string>;
  close(): Promise<void>;
}

export async function startTestPushService(port: number): Promise<TestPushService> {
  const received: ReceivedPush[] = [];
  const gone = new Set<string>();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const path = new URL(request.url ?? "/", "http://push.invalid").pathname;
      if (request.method !== "POST") return response.writeHead(405).end();
      received.push({ path, headers: request.headers, body: Buffer.concat(chunks) });
      // 201 Created with the message's own URL (RFC 8030 §5), or 410 for an ended one.
      if (gone.has(path)) return response.writeHead(410).end();
      response.writeHead(201, { Location: `/message/${received.length}` }).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${bound}`,
    received,
    gone,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
