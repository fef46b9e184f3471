import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  MAX_PROXIED_URL_LENGTH,
  PROXY_PATH,
  proxiedImageUrl,
  verifyProxiedImageUrl,
} from "@/lib/image-proxy/proxy-url";

const config = { authSecret: "a".repeat(44) };
vi.mock("@/lib/config/config", () => ({ getConfig: () => config }));

const ALICE = "alice@example.test";
const BOB = "bob@example.test";
const IMAGE = "https://images.example.com/newsletter/header.png?w=600";

/** The query of a proxied path, as the route handler sees it. */
function query(path: string | null): URLSearchParams {
  if (path === null) throw new Error("not proxied");
  const url = new URL(path, "http://tegami.test");
  expect(url.pathname).toBe(PROXY_PATH);
  return url.searchParams;
}

describe("proxiedImageUrl and verifyProxiedImageUrl", () => {
  beforeEach(() => {
    config.authSecret = "a".repeat(44);
  });

  it("round-trips a URL for the user it was signed for", () => {
    const path = proxiedImageUrl(IMAGE, ALICE);
    expect(path).toMatch(/^\/api\/remote\/image\?u=[A-Za-z0-9_-]+&s=[A-Za-z0-9_-]{22}$/);
    expect(verifyProxiedImageUrl(query(path), ALICE)).toBe(IMAGE);
  });

  it("treats the user name case-insensitively, as mail addresses are", () => {
    expect(verifyProxiedImageUrl(query(proxiedImageUrl(IMAGE, ALICE)), ALICE.toUpperCase())).toBe(
      IMAGE,
    );
  });

  it("refuses the URL for another user", () => {
    expect(verifyProxiedImageUrl(query(proxiedImageUrl(IMAGE, ALICE)), BOB)).toBeNull();
  });

  it("refuses a URL swapped under the signature", () => {
    const params = query(proxiedImageUrl(IMAGE, ALICE));
    params.set("u", Buffer.from("http://169.254.169.254/latest/meta-data").toString("base64url"));
    expect(verifyProxiedImageUrl(params, ALICE)).toBeNull();
  });

  it("refuses a changed, shortened or missing signature", () => {
    const params = query(proxiedImageUrl(IMAGE, ALICE));
    const signature = params.get("s") ?? "";
    const flipped = signature.slice(0, -1) + (signature.endsWith("A") ? "B" : "A");
    for (const s of [flipped, signature.slice(0, 10), "", "not base64!"]) {
      params.set("s", s);
      expect(verifyProxiedImageUrl(params, ALICE), s).toBeNull();
    }
    params.delete("s");
    expect(verifyProxiedImageUrl(params, ALICE)).toBeNull();
  });

  it("refuses a signature made with another secret", () => {
    const path = proxiedImageUrl(IMAGE, ALICE);
    config.authSecret = "b".repeat(44);
    expect(verifyProxiedImageUrl(query(path), ALICE)).toBeNull();
  });

  it("refuses a query without the URL", () => {
    const params = query(proxiedImageUrl(IMAGE, ALICE));
    params.delete("u");
    expect(verifyProxiedImageUrl(params, ALICE)).toBeNull();
  });

  it("signs the normalized URL, without its fragment", () => {
    const path = proxiedImageUrl("HTTPS://Images.Example.COM:443/a/../b.png#top", ALICE);
    expect(verifyProxiedImageUrl(query(path), ALICE)).toBe("https://images.example.com/b.png");
  });

  it("keeps IP hosts in the WHATWG normal form the fetcher checks", () => {
    const path = proxiedImageUrl("http://0x7f.1:8080/x.png", ALICE);
    expect(verifyProxiedImageUrl(query(path), ALICE)).toBe("http://127.0.0.1:8080/x.png");
  });

  it.each([
    "javascript:alert(1)",
    "data:image/png;base64,iVBORw0KGgo=",
    "ftp://example.com/a.png",
    "file:///etc/passwd",
    "cid:part1@example.com",
    "//example.com/a.png",
    "/relative.png",
    "not a url",
    "https://user:secret@example.com/a.png",
    "https://user@example.com/a.png",
    `https://example.com/${"a".repeat(MAX_PROXIED_URL_LENGTH)}`,
  ])("does not proxy %j", (url) => {
    expect(proxiedImageUrl(url, ALICE)).toBeNull();
  });

  it("proxies a URL right at the length cap", () => {
    const prefix = "https://example.com/";
    const url = prefix + "a".repeat(MAX_PROXIED_URL_LENGTH - prefix.length);
    expect(verifyProxiedImageUrl(query(proxiedImageUrl(url, ALICE)), ALICE)).toBe(url);
  });

  it("refuses an oversized u parameter before computing anything", () => {
    const params = new URLSearchParams({ u: "a".repeat(6000), s: "a".repeat(22) });
    expect(verifyProxiedImageUrl(params, ALICE)).toBeNull();
  });
});
