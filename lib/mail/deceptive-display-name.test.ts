import { describe, expect, it } from "vitest";
import { claimedOtherAddress } from "@/lib/mail/deceptive-display-name";

describe("claimedOtherAddress", () => {
  it("finds an address in the name that is not the real one", () => {
    expect(claimedOtherAddress({ name: "support@bank.example", address: "x@evil.example" })).toBe(
      "support@bank.example",
    );
    expect(
      claimedOtherAddress({ name: "Bank (security@bank.example)", address: "x@evil.example" }),
    ).toBe("security@bank.example");
  });

  it("folds full-width look-alikes before comparing", () => {
    expect(
      claimedOtherAddress({
        name: "ｓｕｐｐｏｒｔ＠ｂａｎｋ．ｅｘａｍｐｌｅ",
        address: "x@evil.example",
      }),
    ).toBe("support@bank.example");
  });

  it("accepts a name that is the address itself, or any ordinary name", () => {
    expect(claimedOtherAddress({ name: "Ann@Example.org", address: "ann@example.org" })).toBeNull();
    expect(claimedOtherAddress({ name: "Ann Smith", address: "ann@example.org" })).toBeNull();
    expect(claimedOtherAddress({ name: "山田 太郎", address: "taro@example.jp" })).toBeNull();
    expect(claimedOtherAddress({ name: "", address: "ann@example.org" })).toBeNull();
    expect(claimedOtherAddress({ name: "Meet @ 5", address: "ann@example.org" })).toBeNull();
  });
});
