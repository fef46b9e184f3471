import { describe, expect, it } from "vitest";
import type { DomainServers } from "@/lib/config/parse-domain-map";
import { serversForAddress } from "@/lib/config/servers-for-address";

const servers = (host: string): DomainServers => ({
  imap: { protocol: "imaps", host, port: 993, secure: true },
  smtp: { protocol: "smtps", host, port: 465, secure: true },
});

describe("serversForAddress", () => {
  const domains = new Map([
    ["example.com", servers("mail.example.com")],
    ["xn--r8jz45g.jp", servers("mail.reibun.jp")],
  ]);

  it("picks the domain's servers, whatever the case of the address", () => {
    expect(serversForAddress({ domains, fallback: null }, "Hana@EXAMPLE.com")?.imap.host).toBe(
      "mail.example.com",
    );
    expect(serversForAddress({ domains, fallback: null }, "taro@例え.jp")?.imap.host).toBe(
      "mail.reibun.jp",
    );
  });

  it("falls back to IMAP_URL/SMTP_URL, or to nothing", () => {
    const fallback = servers("default.example.net");
    expect(serversForAddress({ domains, fallback }, "a@other.org")).toBe(fallback);
    expect(serversForAddress({ domains, fallback: null }, "a@other.org")).toBeNull();
    expect(serversForAddress({ domains, fallback: null }, "no-at-sign")).toBeNull();
    expect(serversForAddress({ domains: new Map(), fallback }, "plainuser")).toBe(fallback);
  });
});
