import { describe, expect, it } from "vitest";
import { parseDomainMap } from "@/lib/config/parse-domain-map";
import { ConfigError } from "@/lib/config/parse-server-url";

const noFile = () => {
  throw new Error("ENOENT: no such file");
};

function failure(value: string, readFile: (path: string) => string = noFile): string {
  try {
    parseDomainMap(value, readFile);
  } catch (error) {
    if (error instanceof ConfigError && error.variable === "TEGAMI_DOMAINS") return error.message;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

const entry = { imap: "imaps://mail.example.com", smtp: "smtp://mail.example.com:587" };

describe("parseDomainMap", () => {
  it("reads inline JSON with lowercase domains and default ports", () => {
    const map = parseDomainMap(
      JSON.stringify({ "Example.COM.": entry, "example.org": { ...entry, imap: "imap://[::1]" } }),
      noFile,
    );
    expect([...map.keys()]).toEqual(["example.com", "example.org"]);
    expect(map.get("example.com")).toEqual({
      imap: { protocol: "imaps", host: "mail.example.com", port: 993, secure: true },
      smtp: { protocol: "smtp", host: "mail.example.com", port: 587, secure: false },
    });
    expect(map.get("example.org")?.imap).toMatchObject({ host: "::1", port: 143 });
  });

  it("reads a JSON file when the value is a path", () => {
    const map = parseDomainMap("/etc/tegami/domains.json", (path) =>
      path === "/etc/tegami/domains.json" ? JSON.stringify({ "example.net": entry }) : "",
    );
    expect(map.has("example.net")).toBe(true);
    expect(failure("/missing.json")).toMatch(/^TEGAMI_DOMAINS: cannot read \/missing.json/);
  });

  it("explains each kind of mistake, naming the domain and the file", () => {
    expect(failure("{nope")).toMatch(/^TEGAMI_DOMAINS: is not valid JSON/);
    expect(failure("/d.json", () => "[1]")).toMatch(
      /must be a JSON object of domains \(in \/d.json\)/,
    );
    expect(failure("{}")).toMatch(/names no domain/);
    expect(failure(JSON.stringify({ "bad domain": entry }))).toMatch(
      /"bad domain" is not a mail domain/,
    );
    expect(failure(JSON.stringify({ "例え.jp": entry }))).toMatch(/use the ASCII form/);
    expect(failure(JSON.stringify({ "a.com": "imap://x" }))).toMatch(/"a.com" must map to/);
    expect(failure(JSON.stringify({ "a.com": { ...entry, pop3: "x" } }))).toMatch(
      /"a.com" has "pop3": only "imap" and "smtp" are read/,
    );
    expect(failure(JSON.stringify({ "a.com": { imap: entry.imap } }))).toMatch(
      /^TEGAMI_DOMAINS: "a.com".smtp is required/,
    );
    expect(failure(JSON.stringify({ "a.com": { ...entry, imap: "http://x" } }))).toMatch(
      /^TEGAMI_DOMAINS: "a.com".imap must start with imap:\/\//,
    );
    expect(failure(JSON.stringify({ "a.com": entry, "A.com": entry }))).toMatch(/named twice/);
  });

  it("never accepts credentials in a server URL", () => {
    expect(
      failure(JSON.stringify({ "a.com": { ...entry, smtp: "smtp://u:p@mail.example.com" } })),
    ).toMatch(/must not contain credentials/);
  });
});
