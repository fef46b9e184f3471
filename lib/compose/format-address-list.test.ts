import { describe, expect, it } from "vitest";
import { formatAddressList } from "@/lib/compose/format-address-list";
import { parseAddressList } from "@/lib/compose/parse-address-list";

describe("formatAddressList", () => {
  it("quotes names with specials and round-trips through parseAddressList", () => {
    const list = [
      { name: "Doe, Jo", address: "jo@example.test" },
      { name: 'Say "hi"', address: "hi@example.test" },
      { name: "山田 太郎", address: "taro@example.jp" },
      { name: "", address: "bare@example.test" },
    ];
    const text = formatAddressList(list);
    expect(text).toBe(
      '"Doe, Jo" <jo@example.test>, "Say \\"hi\\"" <hi@example.test>, 山田 太郎 <taro@example.jp>, bare@example.test',
    );
    expect(
      parseAddressList(text).addresses.map(({ name, address }) => ({ name, address })),
    ).toEqual(list);
  });
});
