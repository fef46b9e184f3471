// The Content-Disposition header for a download (RFC 6266 §4.3): an ASCII `filename` for old
// clients, and the exact Unicode name as `filename*` in the RFC 8187 (ex-5987) encoding.

// Unpaired surrogates cannot be UTF-8 encoded (encodeURIComponent would throw).
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function asciiFallback(filename: string): string {
  return Array.from(filename, (char) => (/^[\x20-\x7e]$/.test(char) ? char : "_"))
    .join("")
    .replace(/["\\]/g, (char) => `\\${char}`);
}

/** RFC 8187 §3.2.1: everything outside attr-char is percent-encoded UTF-8. */
function extValue(filename: string): string {
  const encoded = encodeURIComponent(filename.replace(loneSurrogate, "\ufffd")).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `UTF-8''${encoded}`;
}

/** `attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`, pure ASCII. */
export function contentDisposition(kind: "attachment" | "inline", filename: string): string {
  if (!filename) return kind;
  return `${kind}; filename="${asciiFallback(filename)}"; filename*=${extValue(filename)}`;
}
