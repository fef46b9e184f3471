// The document a sanitized HTML body is shown in: a sandboxed frame without scripts, so neither
// the message's markup nor its CSS can reach the app around it.

// Mail is designed on white; a dark color-scheme would invert only some of its colors.
const defaultStyles = [
  "html{color-scheme:light;background:#fff}",
  'body{margin:0;padding:16px;overflow-wrap:anywhere;color:#1f2328;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Hiragino Sans","Noto Sans JP",sans-serif}',
  "img{max-width:100%;height:auto}",
  "pre{white-space:pre-wrap}",
  "blockquote{margin:0 0 0 .8ex;padding-left:1ex;border-left:2px solid #d0d7de}",
].join("");

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
 * covers scripts, and the sandbox without allow-scripts disables them a second time.
 */
export function messageFrameCsp(allowRemote: boolean): string {
  const remote = allowRemote ? " http: https:" : "";
  return [
    `default-src 'none'`,
    `img-src 'self' data:${remote}`,
    `style-src 'unsafe-inline'`,
    `font-src data:${remote}`,
    `form-action 'none'`,
    `frame-ancestors 'self'`,
    `base-uri 'none'`,
    `sandbox allow-popups allow-popups-to-escape-sandbox allow-same-origin`,
  ].join("; ");
}
