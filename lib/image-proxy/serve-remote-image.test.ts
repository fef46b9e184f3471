import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/remote/image/route";
import type { MailSession } from "@/lib/auth/get-mail-session";
import type { RemoteImage } from "@/lib/image-proxy/fetch-remote-image";
import { ImageProxyError, type ImageProxyErrorCode } from "@/lib/image-proxy/image-proxy-error";
import { proxiedImageUrl } from "@/lib/image-proxy/proxy-url";
import { serveRemoteImage } from "@/lib/image-proxy/serve-remote-image";

const signedIn = vi.hoisted(() => ({ session: null as MailSession | null }));
vi.mock("@/lib/auth/get-mail-session", () => ({ getMailSession: async () => signedIn.session }));
vi.mock("@/lib/config/config", () => ({
  getConfig: () => ({ authSecret: "k".repeat(44), imageProxyAllow: [] }),
}));

const ALICE = "alice@example.test";
const IMAGE = "https://images.example.com/logo.png";
const GIF = Buffer.from("GIF89a\x01\x00\x01\x00", "latin1");

function signedQuery(url = IMAGE, user = ALICE): URLSearchParams {
  return new URL(proxiedImageUrl(url, user) ?? "/", "http://tegami.test").searchParams;
}

describe("serveRemoteImage", () => {
  it("fetches the signed URL and answers its bytes under the sniffed type", async () => {
    const fetchImage = vi.fn(async (): Promise<RemoteImage> => ({
      contentType: "image/gif",
      body: GIF,
    }));
    const response = await serveRemoteImage(signedQuery(), ALICE, fetchImage);
    expect(fetchImage).toHaveBeenCalledWith(IMAGE);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/gif");
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(Buffer.from(await response.arrayBuffer()).equals(GIF)).toBe(true);
  });

  it("answers 404 without fetching when the signature does not hold", async () => {
    const fetchImage = vi.fn(async (): Promise<RemoteImage> => ({
      contentType: "image/gif",
      body: GIF,
    }));
    const query = signedQuery();
    query.set("u", Buffer.from("http://127.0.0.1:6379/").toString("base64url"));
    expect((await serveRemoteImage(query, ALICE, fetchImage)).status).toBe(404);
    expect((await serveRemoteImage(new URLSearchParams(), ALICE, fetchImage)).status).toBe(404);
    expect(fetchImage).not.toHaveBeenCalled();
  });

  it.each([
    ["REFUSED_ADDRESS", 403],
    ["UNSUPPORTED_TYPE", 415],
    ["TOO_LARGE", 413],
    ["TIMEOUT", 504],
    ["TOO_MANY_REDIRECTS", 502],
    ["UPSTREAM_STATUS", 502],
    ["UPSTREAM_FAILED", 502],
    ["BAD_URL", 400],
  ] as const)(
    "answers %s with %i and a plain reason",
    async (code: ImageProxyErrorCode, status) => {
      const fetchImage = async (): Promise<RemoteImage> => {
        throw new ImageProxyError(code, "Refused for a reason.");
      };
      const response = await serveRemoteImage(signedQuery(), ALICE, fetchImage);
      expect(response.status).toBe(status);
      expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.text()).toBe("Refused for a reason.");
    },
  );

  it("lets other errors through to Next.js (a bug, not a refusal)", async () => {
    const fetchImage = async (): Promise<RemoteImage> => {
      throw new TypeError("bug");
    };
    await expect(serveRemoteImage(signedQuery(), ALICE, fetchImage)).rejects.toThrow("bug");
  });
});

describe("GET /api/remote/image", () => {
  beforeEach(() => {
    signedIn.session = null;
  });

  it("answers 401 JSON without a session", async () => {
    const response = await GET(new Request(`http://tegami.test/api/remote/image?${signedQuery()}`));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
  });

  it("answers 404 for a URL signed for another user", async () => {
    signedIn.session = { email: "bob@example.test", credentials: { user: "bob", pass: "x" } };
    const response = await GET(new Request(`http://tegami.test/api/remote/image?${signedQuery()}`));
    expect(response.status).toBe(404);
  });
});

describe("serveRemoteImage under load", () => {
  it("fetches six images of one user at a time; the others wait their turn", async () => {
    let running = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    const fetchImage = vi.fn(async (): Promise<RemoteImage> => {
      running += 1;
      most = Math.max(most, running);
      await new Promise<void>((resolve) => releases.push(resolve));
      running -= 1;
      return { contentType: "image/gif", body: GIF };
    });
    const answers = Array.from({ length: 10 }, (_, i) =>
      serveRemoteImage(signedQuery(`${IMAGE}?n=${i}`), ALICE, fetchImage),
    );
    await vi.waitFor(() => expect(releases).toHaveLength(6));
    // Another user is not held up by alice's queue.
    const bob = "bob@example.test";
    const bobs = serveRemoteImage(signedQuery(IMAGE, bob), bob, async () => ({
      contentType: "image/gif",
      body: GIF,
    }));
    expect((await bobs).status).toBe(200);
    expect(fetchImage).toHaveBeenCalledTimes(6);
    // Each finished fetch lets exactly one waiting one start.
    for (let finished = 0; finished < 10; finished += 1) {
      await vi.waitFor(() => expect(releases.length).toBeGreaterThan(0));
      releases.shift()!();
    }
    const statuses = await Promise.all(answers.map(async (answer) => (await answer).status));
    expect(statuses).toEqual(Array(10).fill(200));
    expect(most).toBe(6);
  });
});
