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
  it("allows no scripts, forms, plugins or connections and only local images by default", () => {
    expect(messageFrameCsp(false)).toBe(
      "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; font-src data:; " +
        "form-action 'none'; frame-ancestors 'self'; base-uri 'none'; " +
        "sandbox allow-popups allow-popups-to-escape-sandbox allow-same-origin",
    );
  });

  it("adds remote images and fonts, and nothing else, when remote content is allowed", () => {
    const csp = messageFrameCsp(true);
    expect(csp).toContain("img-src 'self' data: http: https:;");
    expect(csp).toContain("font-src data: http: https:;");
    expect(csp).toContain("default-src 'none';");
    expect(csp).not.toMatch(/script-src|connect-src|allow-scripts|allow-forms/);
  });

  it("never lets scripts run in the frame", () => {
    for (const allowRemote of [false, true]) {
      const csp = messageFrameCsp(allowRemote);
      expect(csp).not.toContain("script-src");
      expect(csp).not.toContain("allow-scripts");
    }
  });
});
