// The hostile corpus (e2e/fixtures/hostile, opened in Chromium by e2e/hostile-mail.spec.ts)
// through the sanitizer directly: a cheap second net that names the file that got through.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { emlTextParts } from "@/e2e/support/eml-text-parts";
import { sanitizeMailHtml } from "@/lib/sanitize/sanitize-mail-html";

const corpus = new URL("../../e2e/fixtures/hostile/", import.meta.url);
const files = readdirSync(corpus).filter((name) => name.endsWith(".eml"));

const textParts = (name: string) => emlTextParts(readFileSync(new URL(name, corpus)));
const htmlParts = (name: string) => textParts(name).filter((part) => part.type === "text/html");

/** The tags and style sheets of sanitized HTML: what a browser acts on (text is only shown). */
const markupOf = (html: string) =>
  [...html.matchAll(/<[^>]+>|<style[^>]*>[^<]*<\/style>/g)].map((match) => match[0]).join("\n");

describe("the hostile corpus", () => {
  it("has at least 25 messages, each with its own readable marker", () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    for (const name of files) {
      const raw = readFileSync(new URL(name, corpus), "latin1");
      const decoded = textParts(name).map((part) => part.text);
      expect([raw, ...decoded].join("\n"), name).toContain(
        `Readable text: hostile-${name.slice(0, 2)}`,
      );
    }
  });

  it.each(files)("%s sanitizes to inert HTML that loads nothing", (name) => {
    for (const part of htmlParts(name)) {
      for (const allowRemote of [false, true]) {
        const { html: sanitized } = sanitizeMailHtml(part.text, {
          allowRemote,
          inlineImageUrl: () => null,
          remoteImageUrl: (url) => `/api/image-proxy?url=${encodeURIComponent(url)}`,
        });
        const html = markupOf(sanitized);
        expect(html).not.toMatch(
          /<(?:script|svg|math|iframe|frame|object|embed|applet|portal|form|input|button|textarea|select|isindex|base|meta|link|template|noscript|xmp|title|video|audio|source|picture)\b/i,
        );
        expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
        expect(html).not.toMatch(
          /javascript:|vbscript:|data:text|data:image\/svg|srcdoc|formaction|expression\(|@import|-moz-binding|behavior:/i,
        );
        expect(html).not.toMatch(/position:\s*(?:fixed|absolute|sticky)|z-index|transform/i);
        // No URL of the canary host survives in markup, except encoded for the proxy.
        expect(html).not.toContain("127.0.0.1:31181");
      }
    }
  });
});
