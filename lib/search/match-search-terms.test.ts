import { describe, expect, it } from "vitest";
import { matchesSearchTerms, normalizeSearchText } from "@/lib/search/match-search-terms";

const message = {
  subject: "請求書 ｾｲｷｭｳ",
  from: "Bob <bob@example.test>",
  to: "",
  text: "本文 ＡＢＣ",
};

describe("matchesSearchTerms", () => {
  it("folds width and case like the server does", () => {
    expect(normalizeSearchText("ｶﾀｶﾅ ＡＢＣ")).toBe("カタカナ abc");
    expect(
      matchesSearchTerms(message, [{ field: "subject", value: "セイキュウ", negated: false }]),
    ).toBe(true);
    expect(matchesSearchTerms(message, [{ field: "text", value: "abc", negated: false }])).toBe(
      true,
    );
  });

  it("needs every term in its own field, and none of the negated ones", () => {
    expect(
      matchesSearchTerms(message, [
        { field: "from", value: "BOB", negated: false },
        { field: "subject", value: "請求書", negated: false },
      ]),
    ).toBe(true);
    expect(matchesSearchTerms(message, [{ field: "from", value: "請求書", negated: false }])).toBe(
      false,
    );
    expect(matchesSearchTerms(message, [{ field: "text", value: "本文", negated: true }])).toBe(
      false,
    );
  });
});
