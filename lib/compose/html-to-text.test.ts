import { describe, expect, it } from "vitest";
import { htmlToText } from "@/lib/compose/html-to-text";

describe("htmlToText", () => {
  it("separates paragraphs by a blank line and keeps line breaks", () => {
    expect(htmlToText("<p>Hello Ann,</p><p>first line<br>second   line</p>")).toBe(
      "Hello Ann,\n\nfirst line\nsecond line",
    );
  });

  it("reads contenteditable divs as lines and <div><br></div> as an empty line", () => {
    expect(htmlToText("<div>one</div><div>two</div><div><br></div><div>four</div>")).toBe(
      "one\ntwo\n\nfour",
    );
    expect(htmlToText("one<br><br>three<br>")).toBe("one\n\nthree");
  });

  it("writes lists with - and numbers, nested lists indented", () => {
    const html =
      "<p>Agenda:</p><ol><li>Budget</li><li>Plan<ul><li>alpha</li><li>beta</li></ul></li><li>AOB</li></ol><p>Thanks</p>";
    expect(htmlToText(html)).toBe(
      "Agenda:\n\n1. Budget\n2. Plan\n   - alpha\n   - beta\n3. AOB\n\nThanks",
    );
    expect(htmlToText('<ol start="4"><li>four</li><li>five<br>more</li></ol>')).toBe(
      "4. four\n5. five\n   more",
    );
  });

  it("writes links as text <url>, unless the text is the url", () => {
    expect(htmlToText('<p>See <a href="https://example.test/doc">the doc</a>.</p>')).toBe(
      "See the doc <https://example.test/doc>.",
    );
    expect(htmlToText('<a href="https://example.test/">example.test</a>')).toBe("example.test");
    expect(htmlToText('<a href="mailto:ann@example.test">Ann</a>')).toBe("Ann <ann@example.test>");
    expect(htmlToText('<a href="javascript:alert(1)">click</a>')).toBe("click");
  });

  it("quotes blockquotes with > per level", () => {
    const html =
      '<p>Yes.</p><p>On Monday, Ann wrote:</p><blockquote type="cite"><p>Shall we?</p><p>Really?</p><blockquote><p>older</p></blockquote></blockquote><p>Bye</p>';
    expect(htmlToText(html)).toBe(
      "Yes.\n\nOn Monday, Ann wrote:\n\n> Shall we?\n>\n> Really?\n>\n> > older\n\nBye",
    );
  });

  it("keeps bold and italic as plain words and decodes entities", () => {
    expect(
      htmlToText("<p><b>Bold</b> and <i>it</i>&nbsp;&amp; &lt;tag&gt; &#x1F600; &eacute;</p>"),
    ).toBe("Bold and it & <tag> 😀 &eacute;");
  });

  it("keeps preformatted text as is", () => {
    expect(htmlToText("<pre>  a\n    b</pre><p>c</p>")).toBe("  a\n    b\n\nc");
  });

  it("drops style, script and comments, shows image alt text", () => {
    expect(
      htmlToText(
        '<style>p{color:red}</style><!-- hi --><p>x<img src="cid:1" alt="logo">y</p><script>z</script>',
      ),
    ).toBe("xlogoy");
  });

  it("puts table rows on lines and hr as a rule", () => {
    expect(
      htmlToText("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table><hr><p>d</p>"),
    ).toBe("a  b\nc\n\n----\n\nd");
  });

  it("handles Japanese text and an empty document", () => {
    expect(htmlToText("<p>お世話になっております。</p><p>山田です。</p>")).toBe(
      "お世話になっております。\n\n山田です。",
    );
    expect(htmlToText("")).toBe("");
    expect(htmlToText("<p></p><div><br></div>")).toBe("");
  });
});
