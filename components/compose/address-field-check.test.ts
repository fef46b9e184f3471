import { describe, expect, it } from "vitest";
import { checkAddressField } from "./address-field-check";

describe("checkAddressField", () => {
  it("counts a pasted list separated by commas and semicolons, quoted names with commas", () => {
    expect(
      checkAddressField('a@example.test; Bob <bob@example.test>,"Doe, Jo" <jo@例え.jp>'),
    ).toEqual({ count: 3, invalid: [] });
  });

  it("lists what is not an address, as typed", () => {
    expect(checkAddressField("bob@, ann , ok@example.test, a@b").invalid).toEqual([
      "bob@",
      "ann",
      "a@b",
    ]);
  });

  it("says nothing about an empty field", () => {
    expect(checkAddressField(" , ")).toEqual({ count: 0, invalid: [] });
  });
});
