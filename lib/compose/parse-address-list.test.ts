import { describe, expect, it } from "vitest";
import { parseAddressList, toAsciiDomain } from "@/lib/compose/parse-address-list";

describe("parseAddressList", () => {
  it("reads names, bare addresses, and both separators", () => {
    const { addresses, invalid } = parseAddressList(
      "Ann Lee <ann@example.test>; bob@example.test,  <carol@example.test>",
    );
    expect(invalid).toEqual([]);
    expect(addresses).toEqual([
      { name: "Ann Lee", address: "ann@example.test", ascii: "ann@example.test" },
      { name: "", address: "bob@example.test", ascii: "bob@example.test" },
      { name: "", address: "carol@example.test", ascii: "carol@example.test" },
    ]);
  });

  it("keeps commas and semicolons inside quoted names and comments", () => {
    const { addresses } = parseAddressList(
      '"Doe, Jo; Sr." <jo@example.test>, dave@example.test (Dave, the builder)',
    );
    expect(addresses.map((a) => [a.name, a.address])).toEqual([
      ["Doe, Jo; Sr.", "jo@example.test"],
      ["Dave, the builder", "dave@example.test"],
    ]);
  });

  it("unescapes quoted-pairs and reads Japanese names", () => {
    const { addresses } = parseAddressList(
      '"山田 \\"太郎\\"" <taro@example.jp>, 佐藤 花子 <hanako@example.jp>',
    );
    expect(addresses.map((a) => a.name)).toEqual(['山田 "太郎"', "佐藤 花子"]);
  });

  it("keeps an IDN domain in Unicode for display and punycode for SMTP", () => {
    const [address] = parseAddressList("Taro <taro@例え.テスト>").addresses;
    expect(address?.address).toBe("taro@例え.テスト");
    expect(address?.ascii).toBe("taro@xn--r8jz45g.xn--zckzah");
    expect(parseAddressList("x@BÜCHER.example").addresses[0]?.ascii).toBe(
      "x@xn--bcher-kva.example",
    );
  });

  it("returns invalid entries with the raw text and a reason", () => {
    const { addresses, invalid } = parseAddressList(
      "good@example.test, not an address, a@b, x@-bad-.test, @example.test, a@@b.test",
    );
    expect(addresses.map((a) => a.address)).toEqual(["good@example.test"]);
    expect(invalid).toEqual([
      { raw: "not an address", reason: "syntax" },
      { raw: "a@b", reason: "domain" },
      { raw: "x@-bad-.test", reason: "domain" },
      { raw: "@example.test", reason: "syntax" },
      { raw: "a@@b.test", reason: "syntax" },
    ]);
  });

  it("rejects over-long local parts", () => {
    expect(parseAddressList(`${"a".repeat(65)}@example.test`).invalid[0]?.reason).toBe("too-long");
  });

  it("drops duplicates case-insensitively and ignores empty entries", () => {
    const { addresses } = parseAddressList(
      "A@Example.test,, ; a@example.TEST ; Ann <a@example.test>",
    );
    expect(addresses).toHaveLength(1);
    expect(addresses[0]?.address).toBe("A@example.test");
  });

  it("accepts mailto: and a name equal to the address", () => {
    const { addresses } = parseAddressList(
      "mailto:x@example.test, y@example.test <y@example.test>",
    );
    expect(addresses.map((a) => [a.name, a.address])).toEqual([
      ["", "x@example.test"],
      ["", "y@example.test"],
    ]);
  });

  it("never lets CR or LF through", () => {
    const { addresses, invalid } = parseAddressList(
      "Eve\r\nBcc: evil@x.test <eve@example.test>, a@example.test\r\nBcc: evil@x.test",
    );
    for (const value of [
      ...addresses.flatMap((a) => [a.name, a.address, a.ascii]),
      ...invalid.map((i) => i.raw),
    ]) {
      expect(value).not.toMatch(/[\r\n]/);
    }
    expect(addresses.map((a) => a.ascii)).toEqual(["eve@example.test"]);
    expect(invalid).toHaveLength(1);
  });
});

describe("toAsciiDomain", () => {
  it("refuses hosts that are not mail domains", () => {
    for (const host of ["localhost", "127.0.0.1", "exa mple.test", "a/b.test", "[::1]", ""]) {
      expect(toAsciiDomain(host)).toBeNull();
    }
    expect(toAsciiDomain("Example.TEST.")).toBe("example.test");
  });
});
