import { describe, expect, it } from "vitest";
import { isLanguageChoice, languageChoiceOf } from "@/lib/i18n/language-choice";

describe("languageChoiceOf", () => {
  it("reads a remembered language", () => {
    expect(languageChoiceOf("ja")).toBe("ja");
    expect(languageChoiceOf("en")).toBe("en");
  });

  it("takes no cookie, or one we do not ship, as following the browser", () => {
    expect(languageChoiceOf(undefined)).toBe("browser");
    expect(languageChoiceOf("")).toBe("browser");
    expect(languageChoiceOf("fr")).toBe("browser");
  });
});

describe("isLanguageChoice", () => {
  it("accepts the three options of Settings only", () => {
    expect(["ja", "en", "browser"].every(isLanguageChoice)).toBe(true);
    expect(isLanguageChoice("ja-JP")).toBe(false);
    expect(isLanguageChoice(null)).toBe(false);
  });
});
