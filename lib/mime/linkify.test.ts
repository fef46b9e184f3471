import { describe, expect, it } from "vitest";
import { linkify, type LinkifiedSegment } from "@/lib/mime/linkify";

const links = (text: string) =>
  linkify(text).flatMap((segment) => (segment.kind === "link" ? [segment] : []));

const rejoin = (segments: LinkifiedSegment[]) => segments.map((segment) => segment.text).join("");

describe("linkify", () => {
  it("returns plain text as one text segment", () => {
    expect(linkify("Hello Bob,\nsee you tomorrow.")).toEqual([
      { kind: "text", text: "Hello Bob,\nsee you tomorrow." },
    ]);
    expect(linkify("")).toEqual([]);
  });

  it("splits text and an http(s) URL in order", () => {
    expect(linkify("Docs: https://example.test/a?b=1#c and more")).toEqual([
      { kind: "text", text: "Docs: " },
      { kind: "link", href: "https://example.test/a?b=1#c", text: "https://example.test/a?b=1#c" },
      { kind: "text", text: " and more" },
    ]);
  });

  it("links www. addresses with https", () => {
    expect(links("go to www.example.test/path today")).toEqual([
      { kind: "link", href: "https://www.example.test/path", text: "www.example.test/path" },
    ]);
  });

  it("links bare email addresses and mailto: URLs", () => {
    expect(links("Write to alice@example.test or mailto:bob@example.test?subject=Hi")).toEqual([
      { kind: "link", href: "mailto:alice@example.test", text: "alice@example.test" },
      {
        kind: "link",
        href: "mailto:bob@example.test?subject=Hi",
        text: "mailto:bob@example.test?subject=Hi",
      },
    ]);
  });

  it.each([
    ["a full stop", "See https://example.test/a.", "https://example.test/a"],
    ["a comma", "https://example.test/a, then", "https://example.test/a"],
    ["several marks", "Really?! https://example.test/a?!", "https://example.test/a"],
    ["a colon and semicolon", "https://example.test/a:; next", "https://example.test/a"],
    ["a closing parenthesis", "(see https://example.test/a)", "https://example.test/a"],
    ["parenthesis then stop", "(see https://example.test/a).", "https://example.test/a"],
    ["a closing bracket", "[https://example.test/a]", "https://example.test/a"],
    ["a quote", "'https://example.test/a'", "https://example.test/a"],
  ])("leaves out trailing %s", (_, text, url) => {
    expect(links(text).map((link) => link.href)).toEqual([url]);
  });

  it("keeps balanced parentheses that belong to the URL", () => {
    expect(links("https://en.wikipedia.test/wiki/Mail_(disambiguation) is long")[0]?.href).toBe(
      "https://en.wikipedia.test/wiki/Mail_(disambiguation)",
    );
    expect(links("(https://en.wikipedia.test/wiki/Mail_(x))")[0]?.href).toBe(
      "https://en.wikipedia.test/wiki/Mail_(x)",
    );
  });

  it("ends a URL at Japanese text, full-width punctuation and whitespace", () => {
    expect(linkify("詳細はhttps://example.test/jaをご覧ください。")).toEqual([
      { kind: "text", text: "詳細は" },
      { kind: "link", href: "https://example.test/ja", text: "https://example.test/ja" },
      { kind: "text", text: "をご覧ください。" },
    ]);
    expect(links("（https://example.test/a）")[0]?.href).toBe("https://example.test/a");
    expect(links("URL：https://example.test/b、よろしく")[0]?.href).toBe("https://example.test/b");
    expect(links("連絡先 info@example.test まで")[0]?.href).toBe("mailto:info@example.test");
  });

  it("never produces javascript:, data: or other schemes", () => {
    const text =
      "javascript:alert(1) data:text/html,<b>x</b> vbscript:x file:///etc/passwd ftp://example.test " +
      "JaVaScRiPt://example.test/%0aalert(1)";
    const hrefs = links(text).map((link) => link.href);
    for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|mailto:)/);
  });

  it("does not link a scheme without a host", () => {
    expect(links("the prefix http:// alone, or https://.")).toEqual([]);
  });

  it("does not link inside words or paths", () => {
    expect(links("xhttps://example.test")).toEqual([]);
    expect(links("awww.example.test")).toEqual([]);
  });

  it("links the email address, not just its host, when it contains www", () => {
    expect(links("me@www.example.test")).toEqual([
      { kind: "link", href: "mailto:me@www.example.test", text: "me@www.example.test" },
    ]);
  });

  it("does not take a URL's user info or path for an email address", () => {
    expect(links("https://user@example.test/a@b.test")).toHaveLength(1);
  });

  it("keeps every character of the input, so nothing disappears from the body", () => {
    const text =
      "Hi (https://example.test/a), mail me: bob@example.test!\n詳細：www.example.test。 http:// ok";
    expect(rejoin(linkify(text))).toBe(text);
  });

  it("handles many URLs and adjacent ones separated by whitespace", () => {
    expect(links("https://a.test https://b.test\nhttps://c.test").map((link) => link.text)).toEqual(
      ["https://a.test", "https://b.test", "https://c.test"],
    );
  });
});
