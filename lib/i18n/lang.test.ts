import { describe, expect, it } from "vitest";
import { isLang, pickLang } from "@/lib/i18n/lang";

describe("pickLang", () => {
  it("defaults to English", () => {
    expect(pickLang(null, null, null)).toBe("en");
    expect(pickLang(undefined, "", "")).toBe("en");
    expect(pickLang(null, null, "fr-FR, de;q=0.8")).toBe("en");
  });

  it("lets the query win over cookie and header", () => {
    expect(pickLang("ja", "en", "en")).toBe("ja");
    expect(pickLang("en", "ja", "ja")).toBe("en");
  });

  it("ignores an unknown query and falls back to the cookie", () => {
    expect(pickLang("xx", "ja", "en")).toBe("ja");
    expect(pickLang("", "ja-JP", null)).toBe("ja");
  });

  it("weighs Accept-Language by q", () => {
    expect(pickLang(null, null, "ja-JP,ja;q=0.9,en-US;q=0.8")).toBe("ja");
    expect(pickLang(null, null, "en;q=0.5, ja;q=0.9")).toBe("ja");
    expect(pickLang(null, null, "fr, ja;q=0.3, en;q=0.2")).toBe("ja");
    expect(pickLang(null, null, "ja;q=0, en")).toBe("en");
    expect(pickLang(null, null, "*;q=0.5, JA-jp")).toBe("ja");
  });

  it("keeps header order for equal weights", () => {
    expect(pickLang(null, null, "en-GB, ja")).toBe("en");
    expect(pickLang(null, null, "ja, en-GB")).toBe("ja");
  });
});

describe("isLang", () => {
  it("accepts only shipped languages", () => {
    expect(isLang("ja")).toBe(true);
    expect(isLang("ja-JP")).toBe(false);
    expect(isLang(3)).toBe(false);
  });
});
