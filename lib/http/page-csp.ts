// The Content-Security-Policy of Tegami's own pages. Mail never renders in them (it lives in the
// sandboxed message frame with its own policy), so this one guards the app shell: no script runs
// unless Next.js stamped it with this response's nonce, nothing loads from another origin, and
// no one may frame the app (click-jacking).

/** A fresh, unguessable nonce for one response (128 bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function pageCsp(nonce: string, options: { development?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets the nonced bootstrap load the chunks it needs; React's development
    // build evaluates source maps with eval, never the production one.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    // React renders a few style attributes (indentation, menu widths); a nonce would disable
    // 'unsafe-inline' for them. Styles cannot run script, and no mail markup reaches the page.
    "style-src 'self' 'unsafe-inline'",
    // A quoted original in the composer may name remote images: they stay unloaded here too.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "media-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
