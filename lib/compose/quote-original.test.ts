import { describe, expect, it } from "vitest";
import { englishAttribution, quoteOriginal, quoteText } from "@/lib/compose/quote-original";

describe("quoteOriginal", () => {
  it("quotes text with > and writes the attribution line", () => {
    const quoted = quoteOriginal({
      date: "2026-03-03T14:05:00.000Z",
      author: "Ann",
      text: "Hi,\n\n> earlier\nbye\n",
      html: null,
    });
    expect(quoted.text).toBe("On 3 Mar 2026, 14:05 UTC, Ann wrote:\n> Hi,\n>\n>> earlier\n> bye\n");
    expect(quoted.html).toBe(
      '<p>On 3 Mar 2026, 14:05 UTC, Ann wrote:</p><blockquote type="cite"><div>Hi,<br><br><blockquote type="cite">earlier</blockquote>bye<br></div></blockquote>',
    );
  });

  it("takes a localized attribution and escapes it in HTML", () => {
    const quoted = quoteOriginal(
      { date: "2026-03-03T14:05:00.000Z", author: "<Ann>", text: null, html: "<p>Hello</p>" },
      (_date, author) => `${author} さんは書きました:`,
    );
    expect(quoted.html).toBe(
      '<p>&lt;Ann&gt; さんは書きました:</p><blockquote type="cite"><p>Hello</p></blockquote>',
    );
    expect(quoted.text).toBe("<Ann> さんは書きました:\n> Hello\n");
  });

  it("formats the default date in UTC and survives a bad date", () => {
    expect(englishAttribution("nonsense", "Bob")).toBe("On nonsense, Bob wrote:");
    expect(quoteText("a\r\n\r\nb")).toBe("> a\n>\n> b");
  });
});
