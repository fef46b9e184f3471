import { describe, expect, it } from "vitest";
import { assertSameOrigin } from "@/lib/api/same-origin";

const json = { "content-type": "application/json" };

function post(url: string, headers: Record<string, string>): Request {
  return new Request(url, { method: "POST", headers, body: "{}" });
}

function refusal(request: Request, publicUrl: URL | null = null) {
  try {
    assertSameOrigin(request, publicUrl);
    return null;
  } catch (error) {
    return error;
  }
}

describe("assertSameOrigin", () => {
  it("accepts JSON from the site's own origin", () => {
    const request = post("http://127.0.0.1:3000/api/mail/actions", {
      ...json,
      host: "127.0.0.1:3000",
      origin: "http://127.0.0.1:3000",
    });
    expect(refusal(request)).toBeNull();
  });

  it("accepts a charset parameter on the JSON media type", () => {
    const request = post("http://localhost:3000/api/mail/actions", {
      "content-type": "Application/JSON; charset=utf-8",
      host: "localhost:3000",
      origin: "http://localhost:3000",
    });
    expect(refusal(request)).toBeNull();
  });

  it("refuses another site, a look-alike port and an opaque origin", () => {
    for (const origin of ["https://evil.example", "http://127.0.0.1:3001", "null"]) {
      const request = post("http://127.0.0.1:3000/api/mail/actions", {
        ...json,
        host: "127.0.0.1:3000",
        origin,
      });
      expect(refusal(request)).toMatchObject({ code: "FORBIDDEN", status: 403 });
    }
  });

  it("takes the scheme a TLS proxy reports in X-Forwarded-Proto", () => {
    const headers = { ...json, host: "mail.example.com", "x-forwarded-proto": "https" };
    const behindProxy = "http://mail.example.com/api/mail/actions";
    expect(
      refusal(post(behindProxy, { ...headers, origin: "https://mail.example.com" })),
    ).toBeNull();
    expect(
      refusal(post(behindProxy, { ...headers, origin: "http://mail.example.com" })),
    ).toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("compares with the Host the browser addressed, not the URL the server listens on", () => {
    const request = post("http://127.0.0.1:3000/api/mail/actions", {
      ...json,
      host: "mail.example.com",
      origin: "http://mail.example.com",
    });
    expect(refusal(request)).toBeNull();
  });

  it("drops default ports when comparing", () => {
    const request = post("http://mail.example.com/api/mail/actions", {
      ...json,
      host: "mail.example.com:443",
      "x-forwarded-proto": "https",
      origin: "https://mail.example.com",
    });
    expect(refusal(request)).toBeNull();
  });

  it("accepts PUBLIC_URL's origin when the proxy rewrites the Host header", () => {
    const request = post("http://127.0.0.1:3000/api/mail/actions", {
      ...json,
      host: "127.0.0.1:3000",
      origin: "https://mail.example.com",
    });
    expect(refusal(request)).toMatchObject({ code: "FORBIDDEN" });
    expect(refusal(request, new URL("https://mail.example.com/webmail/"))).toBeNull();
  });

  it("without Origin, trusts only Sec-Fetch-Site: same-origin", () => {
    const url = "http://127.0.0.1:3000/api/mail/actions";
    const host = "127.0.0.1:3000";
    expect(refusal(post(url, { ...json, host, "sec-fetch-site": "same-origin" }))).toBeNull();
    for (const site of ["same-site", "cross-site", "none"]) {
      expect(refusal(post(url, { ...json, host, "sec-fetch-site": site }))).toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect(refusal(post(url, { ...json, host }))).toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses what an HTML form can send, even from the same origin", () => {
    for (const contentType of [
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "text/plain",
    ]) {
      const request = post("http://127.0.0.1:3000/api/mail/actions", {
        "content-type": contentType,
        host: "127.0.0.1:3000",
        origin: "http://127.0.0.1:3000",
      });
      expect(refusal(request)).toMatchObject({ code: "FORBIDDEN" });
    }
    const noType = new Request("http://127.0.0.1:3000/api/mail/actions", {
      method: "POST",
      headers: { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" },
    });
    expect(refusal(noType)).toMatchObject({ code: "FORBIDDEN" });
  });
});
