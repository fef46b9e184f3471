import { describe, expect, it } from "vitest";
import { messageFrameCsp, messageFrameDocument } from "@/lib/sanitize/message-frame-document";

describe("messageFrameDocument", () => {
  const document = messageFrameDocument("<p>Hello <b>Bob</b></p>", {});

  it("is a complete UTF-8 document with the message in its body", () => {
    expect(document.startsWith("<!doctype html><html><head>")).toBe(true);
    expect(document).toContain('<meta charset="utf-8">');
    expect(document).toContain("<body><p>Hello <b>Bob</b></p></body></html>");
  });

  it("renders mail on light colors, as senders design it", () => {
    expect(document).toContain('<meta name="color-scheme" content="light">');
  });

  it("opens links outside the frame and sends no referrer", () => {
    expect(document).toContain('<base target="_blank">');
    expect(document).toContain('<meta name="referrer" content="no-referrer">');
  });

  it("makes wide content fit: wrapped words, scaled images, wrapped preformatted text", () => {
    expect(document).toContain("body{margin:0;padding:16px;overflow-wrap:anywhere;");
    expect(document).toContain("img{max-width:100%;height:auto}");
    expect(document).toContain("pre{white-space:pre-wrap}");
    expect(document).toMatch(/font:[^}]*system-ui/);
  });

  it("styles the link-mismatch marker in a layer, so the message's own CSS cannot hide it", () => {
    expect(document).toContain("@layer tegami{");
    expect(document).toMatch(/\[data-link-mismatch\]\{display:inline-block!important;/);
    expect(document).toContain("z-index:2147483647!important");
    expect(document).toContain("::after{content:none!important}");
  });

  it("keeps the body at its content's height, which the frame grows to", () => {
    expect(document).toContain(
      "@layer tegami{html,body{height:auto!important;min-height:0!important;max-height:none!important}",
    );
  });

  it("sets the document language when it is a language tag", () => {
    expect(messageFrameDocument("x", { lang: "ja" })).toContain('<html lang="ja">');
    expect(messageFrameDocument("x", { lang: "pt-BR" })).toContain('<html lang="pt-BR">');
  });

  it("leaves out a language that is not a tag instead of injecting it", () => {
    const injected = messageFrameDocument("x", { lang: 'en"><script>alert(1)</script>' });
    expect(injected).not.toContain("<script>");
    expect(injected).toContain("<html><head>");
  });
});

describe("messageFrameCsp", () => {
  it("allows no scripts, forms, plugins or connections and only local images", () => {
    expect(messageFrameCsp()).toBe(
      "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; font-src data:; " +
        "form-action 'none'; frame-ancestors 'self'; base-uri 'none'; " +
        "sandbox allow-popups allow-popups-to-escape-sandbox allow-same-origin",
    );
  });

  it("never lets the frame reach another host: remote images come from 'self' (the proxy)", () => {
    expect(messageFrameCsp()).not.toMatch(/https?:|\*/);
  });

  it("never lets scripts run in the frame", () => {
    const csp = messageFrameCsp();
    expect(csp).not.toMatch(/script-src|connect-src|allow-scripts|allow-forms|allow-top/);
  });
});
