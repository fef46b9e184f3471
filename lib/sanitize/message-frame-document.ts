// The document a sanitized HTML body is shown in: a sandboxed frame without scripts, so neither
// the message's markup nor its CSS can reach the app around it.

// Mail is designed on white; a dark color-scheme would invert only some of its colors.
const defaultStyles = [
  "html{color-scheme:light;background:#fff}",
  'body{margin:0;padding:16px;overflow-wrap:anywhere;color:#1f2328;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Hiragino Sans","Noto Sans JP",sans-serif}',
  "img{max-width:100%;height:auto}",
  "pre{white-space:pre-wrap}",
  "blockquote{margin:0 0 0 .8ex;padding-left:1ex;border-left:2px solid #d0d7de}",
  lockedStyles(),
].join("");

/**
 * Rules the message must not override: the body's height, and the marker sanitizeMailHtml puts
 * after a link whose text claims another host. In a cascade layer with !important: a layered
 * !important beats every unlayered one (CSS Cascade 5 §6.4), and the sender's CSS cannot
 * declare layers (@layer is not an allowed at-rule), so no rule of the message can hide,
 * shrink, recolor or cover the marker (its z-index is the highest; the sender's z-index and
 * positioning are dropped).
 */
function lockedStyles(): string {
  const marker = [
    "display:inline-block",
    "position:relative",
    "z-index:2147483647",
    "visibility:visible",
    "opacity:1",
    "margin:0 0 0 .4em",
    "padding:0 .4em",
    "border:1px solid #d4a72c",
    "border-radius:4px",
    "background:#fff8c5",
    "color:#6f4400",
    "font:600 12px/1.6 system-ui,sans-serif",
    "letter-spacing:normal",
    "word-spacing:normal",
    "text-indent:0",
    "text-transform:none",
    "text-decoration:none",
    "text-shadow:none",
    "transform:none",
    "filter:none",
    "clip-path:none",
    "mask:none",
    "width:auto",
    "height:auto",
    "max-width:none",
    "overflow:visible",
    "vertical-align:baseline",
    "direction:ltr",
    "unicode-bidi:isolate",
  ];
  const important = (list: string[]) => list.map((d) => `${d}!important`).join(";");
  return (
    // The frame grows to the body's height: a body sized to the frame (height:100% plus its
    // padding) would grow it forever. Viewport-height units are dropped by the sanitizer.
    `@layer tegami{html,body{${important(["height:auto", "min-height:0", "max-height:none"])}}` +
    `[data-link-mismatch]{${important(marker)}}` +
    `[data-link-mismatch]::before,[data-link-mismatch]::after{${important(["content:none"])}}` +
    `[data-link-mismatch]::first-letter,[data-link-mismatch]::first-line{${important(["color:#6f4400", "font-size:12px", "letter-spacing:normal"])}}}`
  );
}

/** BCP 47 tags only; anything else is left out rather than escaped into the markup. */
const languageTag = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/** A complete HTML document around a fragment from `sanitizeMailHtml`. */
export function messageFrameDocument(sanitizedHtml: string, options: { lang?: string }): string {
  const lang = options.lang && languageTag.test(options.lang) ? ` lang="${options.lang}"` : "";
  return [
    `<!doctype html><html${lang}><head>`,
    '<meta charset="utf-8">',
    '<meta name="color-scheme" content="light">',
    // Remote images and followed links must not tell the sender which message URL was open.
    '<meta name="referrer" content="no-referrer">',
    // Every link leaves the frame; the CSP's base-uri 'none' forbids only a base *URL*.
    '<base target="_blank">',
    `<style>${defaultStyles}</style>`,
    `</head><body>${sanitizedHtml}</body></html>`,
  ].join("");
}

/**
 * The Content-Security-Policy served with that document. No script-src: default-src 'none'
 * covers scripts, and the sandbox without allow-scripts disables them a second time. The same
 * with remote content allowed: remote images come from 'self' (the image proxy), remote fonts
 * never, so the frame itself can reach no other host.
 */
export function messageFrameCsp(): string {
  return [
    `default-src 'none'`,
    `img-src 'self' data:`,
    `style-src 'unsafe-inline'`,
    `font-src data:`,
    `form-action 'none'`,
    `frame-ancestors 'self'`,
    `base-uri 'none'`,
    `sandbox allow-popups allow-popups-to-escape-sandbox allow-same-origin`,
  ].join("; ");
}
