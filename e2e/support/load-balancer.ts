// A load balancer without sticky sessions, for specs: an HTTP proxy on 127.0.0.1 that sends
// each request to the app process the spec's `pick` names (round robin by default), streams
// responses through as they come (Server-Sent Events included), and can cut every open
// connection, as a balancer that restarts or moves a client would.
import http from "node:http";
import type { Socket } from "node:net";

export interface Upstream {
  url: string;
  alive: boolean;
}

export interface Routed {
  path: string;
  upstream: string;
  /** The Last-Event-ID header a reconnecting EventSource sent, if any. */
  lastEventId?: string;
}

export interface LoadBalancer {
  url: string;
  /** Every request so far and where it went. */
  routed: Routed[];
  /** Chooses the upstream of each request (default: `roundRobin`); may hold it back a while. */
  pick: (path: string) => Upstream | undefined | Promise<Upstream | undefined>;
  /** The next live upstream in turn. */
  roundRobin(): Upstream | undefined;
  /** Ends every open connection, client side and upstream side. */
  cutAll(): void;
  close(): Promise<void>;
}

export async function startLoadBalancer(
  port: number,
  upstreams: Upstream[],
): Promise<LoadBalancer> {
  const sockets = new Set<Socket>();
  const upstreamRequests = new Set<http.ClientRequest>();
  let turn = 0;
  const balancer: LoadBalancer = {
    url: `http://127.0.0.1:${port}`,
    routed: [],
    pick: () => balancer.roundRobin(),
    roundRobin() {
      const live = upstreams.filter((u) => u.alive);
      turn += 1;
      return live[turn % Math.max(1, live.length)];
    },
    cutAll() {
      for (const request of upstreamRequests) request.destroy();
      for (const socket of sockets) socket.destroy();
    },
    close: () =>
      new Promise((resolve) => {
        balancer.cutAll();
        server.close(() => resolve());
      }),
  };

  const server = http.createServer(async (req, res) => {
    const path = req.url ?? "/";
    const upstream = await balancer.pick(path);
    if (!upstream || req.destroyed) {
      if (!req.destroyed) res.writeHead(502).end("no upstream");
      return;
    }
    const lastEventId = req.headers["last-event-id"];
    balancer.routed.push({
      path,
      upstream: upstream.url,
      ...(typeof lastEventId === "string" ? { lastEventId } : {}),
    });
    const target = new URL(path, upstream.url);
    // Host stays the balancer's, as the browser sent it: the app's origin checks expect that.
    const forward = http.request(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstreamRequests.add(forward);
    forward.on("close", () => upstreamRequests.delete(forward));
    forward.on("error", () => {
      if (!res.headersSent) res.writeHead(502);
      res.destroy();
    });
    req.pipe(forward);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return balancer;
}
