import { describe, expect, it } from "vitest";
import {
  authenticationResultsHeaders,
  parseAuthenticationResults,
  summarizeAuthentication,
} from "@/lib/mail/authentication-results";

const gmailStyle = [
  "Authentication-Results: mx.example.net;",
  "       dkim=pass header.i=@example.org header.s=sel1 header.b=abc123;",
  "       spf=pass (example.net: domain of news@example.org designates 192.0.2.1 as permitted sender) smtp.mailfrom=news@example.org;",
  "       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.org",
].join("\r\n");

describe("parseAuthenticationResults", () => {
  it("reads the authserv-id and each method's result and domain", () => {
    const value = authenticationResultsHeaders(gmailStyle)[0]!;
    expect(parseAuthenticationResults(value)).toEqual({
      authservId: "mx.example.net",
      checks: [
        { method: "dkim", verdict: "pass", result: "pass", domain: "example.org" },
        { method: "spf", verdict: "pass", result: "pass", domain: "example.org" },
        { method: "dmarc", verdict: "pass", result: "pass", domain: "example.org" },
      ],
    });
  });

  it("treats softfail and permerror as failures, none and temperror as neutral", () => {
    const parsed = parseAuthenticationResults(
      "mx.example.net 1; spf=softfail smtp.mailfrom=x.example; dkim=none; dmarc=permerror header.from=y.example; spf=temperror",
    );
    expect(parsed?.checks.map((c) => [c.method, c.verdict])).toEqual([
      ["spf", "fail"],
      ["dkim", "neutral"],
      ["dmarc", "fail"],
      ["spf", "neutral"],
    ]);
  });

  it("ignores comments (nested too), unknown methods, and semicolons inside quotes", () => {
    const parsed = parseAuthenticationResults(
      'mx.example.net (a (nested; comment)); auth=pass smtp.auth=u; dkim=fail (bad; signature) header.d="a;b.example"',
    );
    expect(parsed?.checks).toEqual([
      { method: "dkim", verdict: "fail", result: "fail", domain: "a;b.example" },
    ]);
  });

  it("survives garbage", () => {
    expect(parseAuthenticationResults("")).toBeNull();
    expect(parseAuthenticationResults("   ;;;")).toBeNull();
    expect(parseAuthenticationResults("mx; none")?.checks).toEqual([]);
    expect(parseAuthenticationResults("mx; dkim=pass=fail; spf")?.checks).toEqual([]);
  });
});

describe("summarizeAuthentication", () => {
  const forgedPass = "Authentication-Results: mx.example.net; dmarc=pass header.from=bank.example";
  const ownFail =
    "Authentication-Results: mail.example.test; dmarc=fail header.from=bank.example; spf=pass smtp.mailfrom=evil.example";

  it("believes a pass only from a trusted authserv-id", () => {
    expect(summarizeAuthentication(forgedPass, [])).toBeNull();
    expect(summarizeAuthentication(forgedPass, ["mx.example.net"])).toMatchObject({
      trusted: true,
      checks: [{ method: "dmarc", verdict: "pass", domain: "bank.example" }],
    });
  });

  it("shows the topmost header's failures even untrusted, and nothing else of it", () => {
    expect(summarizeAuthentication(`${ownFail}\r\n${forgedPass}`, [])).toEqual({
      authservId: "mail.example.test",
      trusted: false,
      checks: [{ method: "dmarc", verdict: "fail", result: "fail", domain: "bank.example" }],
    });
  });

  it("prefers the trusted server's header over one the sender wrote above it", () => {
    const summary = summarizeAuthentication(`${forgedPass}\r\n${ownFail}`, ["mail.example.test"]);
    expect(summary?.authservId).toBe("mail.example.test");
    expect(summary?.checks.map((c) => c.verdict)).toEqual(["fail", "pass"]);
  });

  it("is null without any header", () => {
    expect(summarizeAuthentication("Subject: hi\r\n", ["mx"])).toBeNull();
  });
});
