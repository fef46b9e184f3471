import { describe, expect, it } from "vitest";
import {
  sanitizeStyleAttribute,
  sanitizeStyleSheet,
  type CssUrlResolver,
} from "@/lib/sanitize/sanitize-mail-css";

// A stand-in for the HTML sanitizer's URL policy: the CSS module only applies its answers.
function resolver(allowRemote = false, seen: [string, boolean][] = []): CssUrlResolver {
  return (raw, font) => {
    seen.push([raw, font]);
    if (raw.startsWith("https://")) return allowRemote ? raw : "blocked";
    if (raw.startsWith("cid:")) return font ? null : `/parts/${raw.slice(4)}`;
    if (raw.startsWith("data:")) return raw;
    return null;
  };
}

const attribute = (style: string, allowRemote = false) =>
  sanitizeStyleAttribute(style, resolver(allowRemote));
const sheet = (css: string, allowRemote = false) => sanitizeStyleSheet(css, resolver(allowRemote));

describe("sanitizeStyleAttribute", () => {
  it("keeps ordinary declarations, compacted", () => {
    expect(attribute("color: #333; font-size: 14px; margin: 0 auto")).toEqual({
      css: "color:#333;font-size:14px;margin:0 auto",
      remoteBlocked: 0,
    });
  });

  it("keeps !important", () => {
    expect(attribute("color: red !important").css).toBe("color:red !important");
  });

  it.each([
    ["expression()", "width: expression(alert(1))"],
    ["javascript: url", "background: url(javascript:alert(1))"],
    ["vbscript: url", "background: url(vbscript:msgbox)"],
    ["behavior", "behavior: url(x.htc)"],
    ["-moz-binding", "-moz-binding: url(https://evil.test/x.xml#x)"],
    ["@import inside a value", "font-family: @import"],
    ["position: fixed", "position: fixed"],
    ["position: absolute", "POSITION: Absolute"],
    ["position: sticky", "position:sticky"],
    ["escaped url()", "background: u\\72l(https://t.example.test/a.png)"],
    ["escaped expression()", "width: e\\78pression(alert(1))"],
    ["image-set() with strings", `background-image: image-set('https://t.example.test/a.png' 1x)`],
    ["cross-fade()", "background: cross-fade(url(a.png), url(b.png), 50%)"],
    ["a url() the resolver refuses", "background: url(/api/mail/INBOX/1/delete)"],
  ])("removes %s", (_, declaration) => {
    expect(attribute(`${declaration}; color: red`).css).toBe("color:red");
  });

  it("keeps position values that cannot overlay the page", () => {
    expect(attribute("position: relative").css).toBe("position:relative");
  });

  it("cannot hide a declaration inside an escaped comment", () => {
    expect(
      attribute("background: \\2f\\2a url(https://t.example.test/a.png) \\2a\\2f; color: red").css,
    ).toBe("color:red");
  });

  it("blocks and counts remote url() unless remote content is allowed", () => {
    const style = "background:url('https://t.example.test/b.png'); color:red";
    expect(attribute(style)).toEqual({ css: "color:red", remoteBlocked: 1 });
    expect(attribute(style, true)).toEqual({
      css: `background:url("https://t.example.test/b.png");color:red`,
      remoteBlocked: 0,
    });
  });

  it("counts every blocked url() of a declaration, even one dropped for another url()", () => {
    expect(attribute("background: url(https://a.test/1), url(https://a.test/2), url(/x)")).toEqual({
      css: null,
      remoteBlocked: 2,
    });
  });

  it("rewrites url() to what the resolver answers, asking for images, not fonts", () => {
    const seen: [string, boolean][] = [];
    const result = sanitizeStyleAttribute(
      "background-image:url(cid:logo@example.test)",
      resolver(false, seen),
    );
    expect(result.css).toBe(`background-image:url("/parts/logo@example.test")`);
    expect(seen).toEqual([["cid:logo@example.test", false]]);
  });

  it("answers null when nothing is left or the style does not parse", () => {
    expect(attribute("position:fixed")).toEqual({ css: null, remoteBlocked: 0 });
    expect(attribute("")).toEqual({ css: null, remoteBlocked: 0 });
  });

  it("cannot break out of the attribute into other rules", () => {
    const result = attribute("color:red} body{background:url(https://t.example.test/x)");
    expect(result.css ?? "").not.toContain("t.example.test");
  });
});

describe("sanitizeStyleSheet", () => {
  it("keeps ordinary rules and media queries", () => {
    const css = ".wrapper{width:600px} @media (max-width:480px){.wrapper{width:100% !important}}";
    expect(sheet(css)).toEqual({ css, remoteBlocked: 0 });
  });

  it("keeps the allowed at-rules", () => {
    const css =
      "@supports (display:grid){.a{display:grid}} @keyframes k{from{opacity:0}to{opacity:1}} @page{margin:1cm}";
    expect(sheet(css).css).toBe(css);
  });

  it("drops @import, remote @font-face, remote url() and fixed positioning", () => {
    const result = sheet(
      `@import url("https://t.example.test/a.css");` +
        `@font-face{font-family:Brand;src:url(https://fonts.example.test/b.woff2)}` +
        `.hero{background:url(https://t.example.test/h.jpg);color:#fff}` +
        `.banner{position:fixed;top:0}`,
    );
    expect(result.css).toBe(".hero{color:#fff}");
    expect(result.remoteBlocked).toBe(2);
  });

  it("keeps remote fonts and backgrounds when remote content is allowed, never @import", () => {
    const result = sheet(
      `@import "https://t.example.test/a.css";@font-face{font-family:Brand;src:url(https://fonts.example.test/b.woff2)}.hero{background:url(https://t.example.test/h.jpg)}`,
      true,
    );
    expect(result.remoteBlocked).toBe(0);
    expect(result.css).not.toContain("@import");
    expect(result.css).toContain(`url("https://fonts.example.test/b.woff2")`);
    expect(result.css).toContain(`url("https://t.example.test/h.jpg")`);
  });

  it("asks the resolver for fonts only inside @font-face", () => {
    const seen: [string, boolean][] = [];
    const result = sanitizeStyleSheet(
      "@font-face{font-family:Brand;src:url(data:font/woff2;base64,d09GMgAB)} p{background:url(cid:a@b)}",
      resolver(false, seen),
    );
    expect(seen).toEqual([
      ["data:font/woff2;base64,d09GMgAB", true],
      ["cid:a@b", false],
    ]);
    expect(result.css).toContain("data:font/woff2;base64,d09GMgAB");
    expect(result.css).toContain(`url("/parts/a@b")`);
  });

  it("drops a @font-face left without a source", () => {
    expect(sheet("@font-face{font-family:Brand;src:url(cid:font@x)} p{color:red}").css).toBe(
      "p{color:red}",
    );
  });

  it("lets no '<' through, so the CSS cannot close its style element", () => {
    const result = sheet(`p::after{content:"<\\/style><img src=x onerror=alert(1)>"}`);
    expect(result.css).not.toContain("<");
  });

  it("removes unknown at-rules and comments", () => {
    expect(
      sheet("@namespace x url(y); @-moz-document url-prefix() { p { color: blue } } p{color:red}")
        .css,
    ).toBe("p{color:red}");
    expect(sheet("/* note */p{color:red}").css).toBe("p{color:red}");
  });

  it("drops a stylesheet whose at-rule is hidden behind escapes", () => {
    expect(sheet("@\\69mport url(https://t.example.test/a.css); p{color:red}")).toEqual({
      css: null,
      remoteBlocked: 0,
    });
  });

  it("survives sloppy CSS: HTML comment markers, unclosed blocks, stray braces", () => {
    expect(sheet("<!-- p{color:red} -->").css).toBe("p{color:red}");
    expect(sheet(".a{background:url(https://t.example.test/x.png);color:red").css).toBe(
      ".a{color:red}",
    );
    expect(sheet("p{color:red}} q{color:blue}").css).toBe("p{color:red} q{color:blue}");
    expect(sheet("%%% garbage {{{ ").css).toBeNull();
  });

  it("answers null for a stylesheet with nothing left", () => {
    expect(sheet(".banner{position:fixed}")).toEqual({ css: null, remoteBlocked: 0 });
    expect(sheet("")).toEqual({ css: null, remoteBlocked: 0 });
  });
});
