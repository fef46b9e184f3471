import { describe, expect, it } from "vitest";
import { parseConfig, type ReadFile } from "@/lib/config/parse-config";
import { ConfigError } from "@/lib/config/parse-server-url";

const secret = "x".repeat(44);
const base = {
  IMAP_URL: "imaps://mail.example.com",
  SMTP_URL: "smtp://mail.example.com:587",
  AUTH_SECRET: secret,
};
const noFile = () => {
  throw new Error("ENOENT: no such file");
};

function failure(
  env: Record<string, string | undefined>,
  readFile: ReadFile = noFile,
): ConfigError {
  try {
    parseConfig(env, readFile);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("parseConfig", () => {
  it("reads servers with their default ports and TLS modes", () => {
    const config = parseConfig(base, noFile);
    expect(config.fallback?.imap).toEqual({
      protocol: "imaps",
      host: "mail.example.com",
      port: 993,
      secure: true,
    });
    expect(config.fallback?.smtp).toEqual({
      protocol: "smtp",
      host: "mail.example.com",
      port: 587,
      secure: false,
    });
    expect(config.port).toBe(3000);
    expect(config.tlsCa).toBeNull();
  });

  it("names the variable and the reason for a wrong value", () => {
    expect(failure({ ...base, IMAP_URL: undefined }).message).toMatch(/^IMAP_URL: is required/);
    expect(failure({ ...base, IMAP_URL: "http://mail.example.com" }).message).toMatch(
      /^IMAP_URL: must start with imap:\/\//,
    );
    expect(failure({ ...base, SMTP_URL: "not a url" }).message).toMatch(
      /^SMTP_URL: "not a url" is not a URL/,
    );
    expect(failure({ ...base, AUTH_SECRET: "short" }).message).toMatch(
      /^AUTH_SECRET: is too short/,
    );
    expect(failure({ ...base, PORT: "http" }).message).toMatch(/^PORT: "http" is not a port/);
    expect(failure({ ...base, PORT: "70000" }).variable).toBe("PORT");
    expect(failure({ ...base, PUBLIC_URL: "ftp://x" }).variable).toBe("PUBLIC_URL");
  });

  it("reads REDIS_URL, none by default, and names it for a wrong value", () => {
    expect(parseConfig(base, noFile).redisUrl).toBeNull();
    expect(parseConfig({ ...base, REDIS_URL: " " }, noFile).redisUrl).toBeNull();
    expect(
      parseConfig({ ...base, REDIS_URL: "redis://:pw@10.0.0.5:6380/2" }, noFile).redisUrl,
    ).toBe("redis://:pw@10.0.0.5:6380/2");
    expect(parseConfig({ ...base, REDIS_URL: "rediss://cache.example.com" }, noFile).redisUrl).toBe(
      "rediss://cache.example.com",
    );
    expect(failure({ ...base, REDIS_URL: "localhost:6379" }).message).toMatch(
      /^REDIS_URL: must start with redis:\/\/ or rediss:\/\//,
    );
    expect(failure({ ...base, REDIS_URL: "redis://" }).message).toMatch(/^REDIS_URL: /);
    expect(failure({ ...base, REDIS_URL: "redis://h:6379/cache" }).message).toMatch(
      /^REDIS_URL: "\/cache" is not a database number/,
    );
  });

  it("reads TEGAMI_SAVE_SENT, auto by default", () => {
    expect(parseConfig(base, noFile).saveSent).toBe("auto");
    expect(parseConfig({ ...base, TEGAMI_SAVE_SENT: "Never" }, noFile).saveSent).toBe("never");
    expect(failure({ ...base, TEGAMI_SAVE_SENT: "sometimes" }).message).toMatch(
      /^TEGAMI_SAVE_SENT: "sometimes" is not auto, always or never/,
    );
  });

  it("reads TEGAMI_TRUSTED_PROXIES, one reverse proxy by default", () => {
    expect(parseConfig(base, noFile).trustedProxies).toBe(1);
    expect(parseConfig({ ...base, TEGAMI_TRUSTED_PROXIES: "0" }, noFile).trustedProxies).toBe(0);
    expect(failure({ ...base, TEGAMI_TRUSTED_PROXIES: "many" }).variable).toBe(
      "TEGAMI_TRUSTED_PROXIES",
    );
  });

  it("reads TEGAMI_IMAGE_PROXY_ALLOW as host:port pairs", () => {
    expect(parseConfig(base, noFile).imageProxyAllow).toEqual([]);
    const allow = "Intranet.example.com:443, 127.0.0.1:31180,[::1]:8080";
    expect(
      parseConfig({ ...base, TEGAMI_IMAGE_PROXY_ALLOW: allow }, noFile).imageProxyAllow,
    ).toEqual(["intranet.example.com:443", "127.0.0.1:31180", "[::1]:8080"]);
    expect(failure({ ...base, TEGAMI_IMAGE_PROXY_ALLOW: "10.0.0.0/8" }).message).toMatch(
      /^TEGAMI_IMAGE_PROXY_ALLOW: "10.0.0.0\/8" is not a host:port pair/,
    );
  });

  it("reads TEGAMI_AUTHSERV_ID as a list of lowercase ids", () => {
    expect(parseConfig(base, noFile).authservIds).toEqual([]);
    expect(
      parseConfig({ ...base, TEGAMI_AUTHSERV_ID: "MX.example.com, mail.example.com" }, noFile)
        .authservIds,
    ).toEqual(["mx.example.com", "mail.example.com"]);
  });

  it("refuses credentials inside a server URL", () => {
    expect(failure({ ...base, IMAP_URL: "imap://bob:pw@mail.example.com" }).message).toMatch(
      /must not contain credentials/,
    );
  });

  it("loads an extra CA and explains an unreadable or non-PEM file", () => {
    const pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
    expect(parseConfig({ ...base, MAIL_TLS_CA: "/ca.pem" }, () => pem).tlsCa).toBe(pem);
    expect(failure({ ...base, MAIL_TLS_CA: "/missing.pem" }).message).toMatch(
      /^MAIL_TLS_CA: cannot read \/missing.pem/,
    );
    expect(failure({ ...base, MAIL_TLS_CA: "/x.txt" }, () => "hello").message).toMatch(
      /holds no PEM certificate/,
    );
  });

  it("keeps IPv6 hosts usable for sockets", () => {
    expect(
      parseConfig({ ...base, IMAP_URL: "imap://[::1]:1143" }, noFile).fallback?.imap.host,
    ).toBe("::1");
  });

  it("listens on 127.0.0.1 unless HOST says otherwise", () => {
    expect(parseConfig(base, noFile).host).toBe("127.0.0.1");
    expect(parseConfig({ ...base, HOST: "0.0.0.0" }, noFile).host).toBe("0.0.0.0");
    expect(failure({ ...base, HOST: "http://x" }).variable).toBe("HOST");
  });

  it("needs IMAP_URL and SMTP_URL only without TEGAMI_DOMAINS", () => {
    const domains = JSON.stringify({
      "example.org": { imap: "imaps://imap.example.org", smtp: "smtps://smtp.example.org" },
    });
    const config = parseConfig({ AUTH_SECRET: secret, TEGAMI_DOMAINS: domains }, noFile);
    expect(config.fallback).toBeNull();
    expect(config.domains.get("example.org")?.imap.host).toBe("imap.example.org");
    expect(failure({ AUTH_SECRET: secret }).message).toMatch(/^IMAP_URL: is required/);
    expect(
      failure({ AUTH_SECRET: secret, TEGAMI_DOMAINS: domains, IMAP_URL: base.IMAP_URL }).message,
    ).toMatch(/^SMTP_URL: is required/);
    const both = parseConfig({ ...base, TEGAMI_DOMAINS: domains }, noFile);
    expect(both.fallback?.imap.host).toBe("mail.example.com");
    expect(both.domains.size).toBe(1);
  });
});
