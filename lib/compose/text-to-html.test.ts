import { describe, expect, it } from "vitest";
import { htmlToText } from "@/lib/compose/html-to-text";
import { textToHtml } from "@/lib/compose/text-to-html";

describe("textToHtml", () => {
  it("escapes, keeps lines and turns > quotes into blockquotes", () => {
    expect(textToHtml('a < b & "c"\nnext')).toBe("<div>a &lt; b &amp; &quot;c&quot;<br>next</div>");
    expect(textToHtml("Hi\n> quoted\n> > deeper\nbye")).toBe(
      '<div>Hi<blockquote type="cite">quoted<blockquote type="cite">deeper</blockquote></blockquote>bye</div>',
    );
  });

  it("round-trips through htmlToText", () => {
    const text = "Hello,\n\nline two\n\n> quoted\n> more\n\nbye";
    expect(htmlToText(textToHtml(text))).toBe(text);
  });
});
