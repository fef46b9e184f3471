import { describe, expect, it } from "vitest";
import { linkTextHost, mismatchedLinkHost } from "@/lib/sanitize/mismatched-link-host";

describe("linkTextHost", () => {
  it.each([
    ["https://bank.example/login", "bank.example"],
    ["http://BANK.example", "bank.example"],
    ["www.bank.example", "www.bank.example"],
    ["bank.example", "bank.example"],
    ["  bank.example/login?x=1.  ", "bank.example"],
    ["(bank.example)", "bank.example"],
    ["bank\u200b.example", "bank.example"],
    ["https://192.0.2.7/login", "192.0.2.7"],
    ["bänk.example", "xn--bnk-qla.example"],
    ["www.report.pdf", "www.report.pdf"],
  ])("reads %j as the host %s", (text, host) => {
    expect(linkTextHost(text)).toBe(host);
  });

  it.each([
    "Click here",
    "Log in to bank.example",
    "help@bank.example",
    "mailto:help@bank.example",
    "ftp://bank.example",
    "report.pdf",
    "v1.2",
    "3.5",
    "",
  ])("does not read %j as a host", (text) => {
    expect(linkTextHost(text)).toBeNull();
  });
});

describe("mismatchedLinkHost", () => {
  it("answers the real host when the text claims another", () => {
    expect(mismatchedLinkHost("https://bank.example/login", "https://bank-evil.example/x")).toBe(
      "bank-evil.example",
    );
    expect(mismatchedLinkHost("bank.example", "https://bank.example.evil.test/")).toBe(
      "bank.example.evil.test",
    );
  });

  it("ignores a leading www. and letter case", () => {
    expect(mismatchedLinkHost("www.Bank.example", "https://bank.example/a")).toBeNull();
    expect(mismatchedLinkHost("bank.example", "https://www.bank.example/a")).toBeNull();
  });

  it("shows a look-alike internationalized host in punycode", () => {
    expect(mismatchedLinkHost("bank.example", "https://bаnk.example/")).toBe("xn--bnk-6cd.example");
  });

  it("says nothing for text that is not an address, or a non-web href", () => {
    expect(mismatchedLinkHost("Click here", "https://evil.example/")).toBeNull();
    expect(mismatchedLinkHost("bank.example", "mailto:help@evil.example")).toBeNull();
  });
});
