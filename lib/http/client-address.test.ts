import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/http/client-address";

const forwarded = (value: string | null) =>
  new Headers(value === null ? {} : { "x-forwarded-for": value });

describe("clientAddress", () => {
  it("takes the rightmost entry behind one proxy (what the proxy appended)", () => {
    expect(clientAddress(forwarded("203.0.113.5"), 1)).toBe("203.0.113.5");
    expect(clientAddress(forwarded("198.51.100.7, 203.0.113.5"), 1)).toBe("203.0.113.5");
  });

  it("ignores what the client wrote further left behind two proxies", () => {
    expect(clientAddress(forwarded("6.6.6.6, 203.0.113.5, 10.0.0.2"), 2)).toBe("203.0.113.5");
  });

  it("takes the rightmost entry when directly exposed (Next fills the header only when absent)", () => {
    expect(clientAddress(forwarded("203.0.113.5"), 0)).toBe("203.0.113.5");
    expect(clientAddress(forwarded("6.6.6.6, 203.0.113.5"), 0)).toBe("203.0.113.5");
  });

  it("uses the leftmost entry when there are fewer entries than proxies", () => {
    expect(clientAddress(forwarded("203.0.113.5"), 3)).toBe("203.0.113.5");
  });

  it("strips ports, brackets, quotes and zone indexes", () => {
    expect(clientAddress(forwarded("203.0.113.5:51234"), 1)).toBe("203.0.113.5");
    expect(clientAddress(forwarded("[2001:DB8::1]:443"), 1)).toBe("2001:db8::1");
    expect(clientAddress(forwarded("[2001:db8::1]"), 1)).toBe("2001:db8::1");
    expect(clientAddress(forwarded('"[2001:db8::2]:80"'), 1)).toBe("2001:db8::2");
    expect(clientAddress(forwarded("fe80::1%eth0"), 1)).toBe("fe80::1");
  });

  it("spells IPv4-mapped IPv6 addresses as IPv4", () => {
    expect(clientAddress(forwarded("::ffff:127.0.0.1"), 1)).toBe("127.0.0.1");
    expect(clientAddress(forwarded("::1"), 1)).toBe("::1");
  });

  it.each([
    ["no header", null],
    ["an empty header", ""],
    ["a host name", "evil.test"],
    ["garbage", "<script>"],
    ["IMAP literal syntax", "{5}hello"],
    ["an out-of-range IPv4", "203.0.113.256"],
    ["the obfuscated identifier of RFC 7239", "_hidden"],
    ["an unbracketed IPv6 with a port", "2001:db8::1:443x"],
  ])("answers unknown for %s", (_, value) => {
    expect(clientAddress(forwarded(value), 1)).toBe("unknown");
  });
});
