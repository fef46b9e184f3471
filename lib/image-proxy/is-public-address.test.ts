import { describe, expect, it } from "vitest";
import { isPublicAddress } from "@/lib/image-proxy/is-public-address";

/** The host of a URL as the WHATWG parser normalizes it, brackets removed. */
const urlHost = (url: string) => new URL(url).hostname.replace(/^\[(.*)\]$/, "$1");

describe("isPublicAddress", () => {
  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "93.184.215.14",
    "100.63.255.255",
    "100.128.0.0",
    "172.15.255.255",
    "172.32.0.0",
    "192.0.1.1",
    "192.169.0.1",
    "198.17.255.255",
    "198.20.0.0",
    "223.255.255.255",
    "2606:4700:4700::1111",
    "2a00:1450:4001:82b::200e",
    "2001:4860:4860::8888",
    "2600::",
    "::ffff:8.8.8.8",
    "::ffff:808:808",
    "64:ff9b::8.8.8.8",
    "2002:0808:0808::1",
  ])("accepts the public address %s", (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it.each([
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "this network"],
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.0.0.1", "private"],
    ["10.255.255.255", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["100.127.255.255", "carrier-grade NAT"],
    ["169.254.169.254", "link-local (cloud metadata)"],
    ["192.0.0.8", "IETF protocol assignments"],
    ["192.0.2.1", "TEST-NET-1"],
    ["192.88.99.1", "6to4 relay anycast"],
    ["198.18.0.1", "benchmarking"],
    ["198.19.255.255", "benchmarking"],
    ["198.51.100.7", "TEST-NET-2"],
    ["203.0.113.9", "TEST-NET-3"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["240.0.0.1", "reserved"],
    ["255.255.255.255", "broadcast"],
  ])("refuses the IPv4 address %s (%s)", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([
    ["::", "unspecified"],
    ["::1", "loopback"],
    ["0:0:0:0:0:0:0:1", "loopback, written out"],
    ["::ffff:127.0.0.1", "IPv4-mapped loopback"],
    ["::ffff:7f00:1", "IPv4-mapped loopback in hex"],
    ["::ffff:10.1.2.3", "IPv4-mapped private"],
    ["::ffff:a9fe:a9fe", "IPv4-mapped link-local"],
    ["::127.0.0.1", "IPv4-compatible loopback"],
    ["::a00:1", "IPv4-compatible private"],
    ["::ffff:0:7f00:1", "SIIT IPv4-translated"],
    ["64:ff9b::127.0.0.1", "NAT64 to loopback"],
    ["64:ff9b::a00:1", "NAT64 to private"],
    ["64:ff9b:1::808:808", "local-use NAT64"],
    ["2002:7f00:1::", "6to4 to loopback"],
    ["2002:c0a8:101::1", "6to4 to private"],
    ["2001::1", "Teredo"],
    ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "Teredo"],
    ["2001:2::1", "benchmarking"],
    ["2001:db8::1", "documentation"],
    ["3fff::1", "documentation"],
    ["100::1", "discard-only"],
    ["fc00::1", "unique local"],
    ["fd12:3456:789a::1", "unique local"],
    ["fe80::1", "link-local"],
    ["febf:ffff::1", "link-local"],
    ["fec0::1", "site-local"],
    ["ff02::1", "multicast"],
    ["ff0e::1", "multicast"],
    ["5f00::1", "SRv6 SIDs, outside global unicast"],
  ])("refuses the IPv6 address %s (%s)", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([
    "",
    "localhost",
    "example.com",
    "0177.0.0.1",
    "0x7f.0.0.1",
    "2130706433",
    "127.1",
    "1.2.3",
    "1.2.3.4.5",
    "256.0.0.1",
    "08.8.8.8",
    " 8.8.8.8",
    "8.8.8.8 ",
    "[2606:4700::1111]",
    "fe80::1%eth0",
    "2606:4700::1111%1",
    "1::2::3",
    "2606:4700:4700:0:0:0:0:1111:1",
    "2606:4700:4700:0:0:0:1111",
    "2606:4700:4700:0:0:0:0:1111::",
    "12345::",
    ":::",
    "::ffff:127.0.0.1.1",
    "::ffff:0177.0.0.1",
    "::ffff:8.8.8",
  ])("refuses what is no address in canonical form: %j", (text) => {
    expect(isPublicAddress(text)).toBe(false);
  });

  it.each([
    ["http://0177.0.0.1/", "127.0.0.1"],
    ["http://0x7f.1/", "127.0.0.1"],
    ["http://2130706433/", "127.0.0.1"],
    ["http://127.1/", "127.0.0.1"],
    ["http://0x0a.0.0.1/", "10.0.0.1"],
    ["http://0/", "0.0.0.0"],
    ["http://[::ffff:127.0.0.1]/", "::ffff:7f00:1"],
    ["http://[0:0:0:0:0:0:0:1]/", "::1"],
    ["http://[::FFFF:A9FE:A9FE]/", "::ffff:a9fe:a9fe"],
  ])("judges the normalized host of %s (%s) as not public", (url, host) => {
    expect(urlHost(url)).toBe(host);
    expect(isPublicAddress(urlHost(url))).toBe(false);
  });
});
