// The image proxy against real HTTP servers on 127.0.0.1: what it refuses, what it sends, and
// what its route answers. Every "remote" server here is loopback, so each test that expects a
// fetch allows that server's host:port, the way TEGAMI_IMAGE_PROXY_ALLOW does.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  fetchRemoteImage,
  type FetchRemoteImageOptions,
} from "@/lib/image-proxy/fetch-remote-image";
import { ImageProxyError, type ImageProxyErrorCode } from "@/lib/image-proxy/image-proxy-error";
import { proxiedImageUrl } from "@/lib/image-proxy/proxy-url";
import { serveRemoteImage } from "@/lib/image-proxy/serve-remote-image";

const config = { authSecret: "s".repeat(44), imageProxyAllow: [] as string[] };
vi.mock("@/lib/config/config", () => ({ getConfig: () => config }));

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg"><script>parent.canary=1</script></svg>',
);

interface TestServer {
  /** `127.0.0.1:port`, as the allow list spells it. */
  hostPort: string;
  port: number;
  url(path?: string): string;
  /** The requests received so far. */
  requests: http.IncomingMessage[];
  /** Resolves when the server saw a connection close (the client gave up). */
  closed: Promise<void>;
}

const servers: http.Server[] = [];

async function serve(handler: http.RequestListener): Promise<TestServer> {
  const requests: http.IncomingMessage[] = [];
  let markClosed = () => {};
  const closed = new Promise<void>((resolve) => (markClosed = resolve));
  const server = http.createServer((request, response) => {
    requests.push(request);
    response.on("close", markClosed);
    response.on("error", () => {});
    handler(request, response);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    hostPort: `127.0.0.1:${port}`,
    port,
    url: (path = "/image") => `http://127.0.0.1:${port}${path}`,
    requests,
    closed,
  };
}

/** A server answering every request with `body` as `contentType`. */
function serveImage(body: Buffer = PNG, contentType = "image/png") {
  return serve((_request, response) => {
    response.writeHead(200, { "Content-Type": contentType, "Content-Length": body.length });
    response.end(body);
  });
}

/** A server redirecting every request to `location`. */
function serveRedirect(location: (request: http.IncomingMessage) => string, status = 302) {
  return serve((request, response) => {
    response.writeHead(status, { Location: location(request) });
    response.end();
  });
}

/** The code of the ImageProxyError the fetch failed with. */
async function refusal(url: string, options: FetchRemoteImageOptions = {}) {
  const error: unknown = await fetchRemoteImage(url, { allow: [], ...options }).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImageProxyError);
  return (error as ImageProxyError).code satisfies ImageProxyErrorCode;
}

afterEach(async () => {
  config.imageProxyAllow = [];
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
});

describe("fetchRemoteImage: addresses", () => {
  it("refuses loopback by default, without connecting", async () => {
    const images = await serveImage();
    expect(await refusal(images.url())).toBe("REFUSED_ADDRESS");
    expect(images.requests).toHaveLength(0);
  });

  it("refuses every spelling of loopback the URL parser normalizes", async () => {
    const images = await serveImage();
    for (const host of ["0x7f.1", "2130706433", "0177.0.0.01", "127.1", "[::ffff:127.0.0.1]"]) {
      expect(await refusal(`http://${host}:${images.port}/image`), host).toBe("REFUSED_ADDRESS");
    }
    expect(images.requests).toHaveLength(0);
  });

  it("refuses a host name that resolves to loopback (the system resolver)", async () => {
    const images = await serveImage();
    expect(await refusal(`http://localhost:${images.port}/image`)).toBe("REFUSED_ADDRESS");
    expect(images.requests).toHaveLength(0);
  });

  it("refuses a host name that resolves only to private addresses", async () => {
    const resolve = vi.fn(async () => ["10.0.0.7", "fd00::7", "169.254.169.254"]);
    expect(await refusal("http://images.example.test/a.png", { resolve })).toBe("REFUSED_ADDRESS");
    expect(resolve).toHaveBeenCalledWith("images.example.test");
  });

  it("fetches from a loopback host:port on the allow list", async () => {
    const images = await serveImage();
    const image = await fetchRemoteImage(images.url(), { allow: [images.hostPort] });
    expect(image.contentType).toBe("image/png");
    expect(image.body.equals(PNG)).toBe(true);
    expect(images.requests).toHaveLength(1);
  });

  it("allows only the listed port, not the whole host", async () => {
    const images = await serveImage();
    expect(await refusal(images.url(), { allow: [`127.0.0.1:${images.port + 1}`] })).toBe(
      "REFUSED_ADDRESS",
    );
    expect(images.requests).toHaveLength(0);
  });

  it("connects to the checked address only, resolving each host once", async () => {
    const images = await serveImage();
    const resolve = vi.fn(async () => ["10.0.0.1", "127.0.0.1"]);
    const image = await fetchRemoteImage(`http://images.example.test:${images.port}/a.png`, {
      allow: [images.hostPort],
      resolve,
    });
    expect(image.contentType).toBe("image/png");
    expect(resolve).toHaveBeenCalledTimes(1);
    // the request went to 127.0.0.1 under the name it was asked for
    expect(images.requests[0]?.headers.host).toBe(`images.example.test:${images.port}`);
  });
});

describe("fetchRemoteImage: redirects", () => {
  it("refuses a redirect from an allowed server to a loopback port that is not", async () => {
    const inside = await serveImage();
    const outside = await serveRedirect(() => inside.url("/admin"));
    expect(await refusal(outside.url(), { allow: [outside.hostPort] })).toBe("REFUSED_ADDRESS");
    expect(outside.requests).toHaveLength(1);
    expect(inside.requests).toHaveLength(0);
  });

  it("refuses a redirect to an odd spelling of loopback", async () => {
    const inside = await serveImage();
    const outside = await serveRedirect(() => `http://0x7f.1:${inside.port}/admin`);
    expect(await refusal(outside.url(), { allow: [outside.hostPort] })).toBe("REFUSED_ADDRESS");
    expect(inside.requests).toHaveLength(0);
  });

  it.each([
    ["another scheme", "file:///etc/passwd"],
    ["credentials", "http://user:secret@127.0.0.1:1/a.png"],
    ["a javascript: URL", "javascript:alert(1)"],
  ])("refuses a redirect to %s", async (_what, location) => {
    const outside = await serveRedirect(() => location);
    expect(await refusal(outside.url(), { allow: [outside.hostPort] })).toBe("BAD_URL");
  });

  it("follows up to three relative redirects, then refuses", async () => {
    const server = await serve((request, response) => {
      const hop = Number(request.url?.slice(1));
      if (hop < 10) {
        response.writeHead(hop % 2 ? 301 : 307, { Location: `/${hop + 1}` });
        response.end();
      } else {
        response.writeHead(200, { "Content-Type": "image/png" });
        response.end(PNG);
      }
    });
    const allow = [server.hostPort];
    expect((await fetchRemoteImage(server.url("/7"), { allow })).contentType).toBe("image/png");
    expect(server.requests.map((request) => request.url)).toEqual(["/7", "/8", "/9", "/10"]);
    expect(await refusal(server.url("/6"), { allow })).toBe("TOO_MANY_REDIRECTS");
  });
});

describe("fetchRemoteImage: types", () => {
  it.each([
    ["HTML", Buffer.from("<h1>hi</h1>"), "text/html"],
    ["an SVG image", SVG, "image/svg+xml"],
    ["an SVG body declared as PNG", SVG, "image/png"],
    ["an HTML body declared as GIF", Buffer.from("<script>alert(1)</script>"), "image/gif"],
    ["a PNG declared as octet-stream", PNG, "application/octet-stream"],
    ["a PNG without a declared type", PNG, ""],
    ["an empty image", Buffer.alloc(0), "image/png"],
  ])("refuses %s", async (_what, body, contentType) => {
    const server = await serve((_request, response) => {
      response.writeHead(200, contentType ? { "Content-Type": contentType } : {});
      response.end(body);
    });
    expect(await refusal(server.url(), { allow: [server.hostPort] })).toBe("UNSUPPORTED_TYPE");
  });

  it("answers a PNG declared as JPEG as what its bytes are", async () => {
    const images = await serveImage(PNG, "image/jpeg; charset=binary");
    const image = await fetchRemoteImage(images.url(), { allow: [images.hostPort] });
    expect(image.contentType).toBe("image/png");
  });

  it("refuses an answer other than 200", async () => {
    const server = await serve((_request, response) => {
      response.writeHead(404, { "Content-Type": "image/png" });
      response.end(PNG);
    });
    expect(await refusal(server.url(), { allow: [server.hostPort] })).toBe("UPSTREAM_STATUS");
  });

  it("reports a server that cannot be reached", async () => {
    const gone = await serveImage();
    const allow = [gone.hostPort];
    const server = servers.pop();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    expect(await refusal(gone.url(), { allow })).toBe("UPSTREAM_FAILED");
  });
});

describe("fetchRemoteImage: size and time", () => {
  it("refuses a declared Content-Length over the cap (5 MB) before reading it", async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, {
        "Content-Type": "image/png",
        "Content-Length": 5 * 1024 * 1024 + 1,
      });
      response.write(PNG);
    });
    expect(await refusal(server.url(), { allow: [server.hostPort] })).toBe("TOO_LARGE");
    await server.closed;
  });

  it("stops reading a chunked body once it passes the cap (5 MB)", async () => {
    let sent = 0;
    const server = await serve((_request, response) => {
      response.writeHead(200, { "Content-Type": "image/png" });
      const chunk = Buffer.alloc(64 * 1024, 7);
      // writes for as long as the client reads: only the cap can end this
      const pump = () => {
        let more = true;
        while (more && !response.destroyed) {
          const next = sent === 0 ? PNG : chunk;
          more = response.write(next);
          sent += next.length;
        }
      };
      response.on("drain", pump);
      pump();
    });
    expect(await refusal(server.url(), { allow: [server.hostPort] })).toBe("TOO_LARGE");
    await server.closed;
    expect(sent).toBeGreaterThan(5 * 1024 * 1024 - 64 * 1024);
  });

  it("accepts a body right at the cap", async () => {
    const body = Buffer.concat([PNG, Buffer.alloc(1000 - PNG.length)]);
    const images = await serveImage(body);
    const image = await fetchRemoteImage(images.url(), {
      allow: [images.hostPort],
      maxBytes: 1000,
    });
    expect(image.body.length).toBe(1000);
  });

  it("times out on a server that never answers", async () => {
    const server = await serve(() => {});
    expect(await refusal(server.url(), { allow: [server.hostPort], timeoutMs: 200 })).toBe(
      "TIMEOUT",
    );
  });

  it("times out on a host name that never resolves", async () => {
    const resolve = () => new Promise<string[]>(() => {});
    expect(await refusal("http://slow.example.test/a.png", { resolve, timeoutMs: 100 })).toBe(
      "TIMEOUT",
    );
  });

  it("times out on a body dripping in slowly, whatever the gaps", async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { "Content-Type": "image/png" });
      response.write(PNG);
      const drip = setInterval(() => response.write(Buffer.alloc(1)), 20);
      response.on("close", () => clearInterval(drip));
    });
    expect(await refusal(server.url(), { allow: [server.hostPort], timeoutMs: 300 })).toBe(
      "TIMEOUT",
    );
    await server.closed;
  });
});

describe("fetchRemoteImage: what it sends", () => {
  it("sends no cookie, referrer or credentials, and a neutral User-Agent", async () => {
    const images = await serveImage();
    await fetchRemoteImage(images.url("/pixel.png?id=42"), { allow: [images.hostPort] });
    const headers = images.requests[0]?.headers ?? {};
    expect(images.requests[0]?.url).toBe("/pixel.png?id=42");
    expect(headers.cookie).toBeUndefined();
    expect(headers.referer).toBeUndefined();
    expect(headers.authorization).toBeUndefined();
    expect(headers.origin).toBeUndefined();
    expect(headers["user-agent"]).toBe("Mozilla/5.0 (compatible; image-proxy)");
    expect(headers.accept).toMatch(/^image\//);
    expect(headers["accept-encoding"]).toBe("identity");
  });

  it("refuses a URL with credentials without connecting", async () => {
    const images = await serveImage();
    const url = `http://user:secret@${images.hostPort}/a.png`;
    expect(await refusal(url, { allow: [images.hostPort] })).toBe("BAD_URL");
    expect(images.requests).toHaveLength(0);
  });
});

describe("serveRemoteImage", () => {
  const ALICE = "alice@example.test";

  it("answers a signed image under locked-down headers, without the upstream's", async () => {
    const images = await serve((_request, response) => {
      response.writeHead(200, {
        "Content-Type": "image/png",
        "Set-Cookie": "tracker=1",
        "Access-Control-Allow-Origin": "*",
      });
      response.end(PNG);
    });
    config.imageProxyAllow = [images.hostPort];
    const path = proxiedImageUrl(images.url("/pixel.png"), ALICE) ?? "";
    const response = await serveRemoteImage(new URL(path, "http://t.test").searchParams, ALICE);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(PNG)).toBe(true);
    expect(Object.fromEntries(response.headers)).toEqual({
      "content-type": "image/png",
      "content-length": String(PNG.length),
      "content-disposition": 'inline; filename="image"',
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
      "cross-origin-resource-policy": "same-origin",
      "cache-control": "private, max-age=86400",
      "referrer-policy": "no-referrer",
    });
  });

  it("answers 404 for a URL signed for another user, without fetching", async () => {
    const images = await serveImage();
    config.imageProxyAllow = [images.hostPort];
    const path = proxiedImageUrl(images.url(), ALICE) ?? "";
    const response = await serveRemoteImage(
      new URL(path, "http://t.test").searchParams,
      "bob@example.test",
    );
    expect(response.status).toBe(404);
    expect(images.requests).toHaveLength(0);
  });

  it("answers a refusal with a short reason and nothing of the upstream body", async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { "Content-Type": "text/html" });
      response.end("<h1>internal secret</h1>");
    });
    config.imageProxyAllow = [server.hostPort];
    const path = proxiedImageUrl(server.url(), ALICE) ?? "";
    const response = await serveRemoteImage(new URL(path, "http://t.test").searchParams, ALICE);
    expect(response.status).toBe(415);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const text = await response.text();
    expect(text).toBe("The remote file is not a raster image.");
  });

  it("refuses loopback with the default (empty) allow list", async () => {
    const images = await serveImage();
    const path = proxiedImageUrl(images.url(), ALICE) ?? "";
    const response = await serveRemoteImage(new URL(path, "http://t.test").searchParams, ALICE);
    expect(response.status).toBe(403);
    expect(images.requests).toHaveLength(0);
  });
});
