import "server-only";
import { contentDisposition } from "@/lib/mail/content-disposition";
import type { PartDownloadMeta } from "@/lib/message/open-part-download";

// Raster images a browser decodes without running anything; SVG is not among them.
const inlineImageTypes = new Set(["image/png", "image/jpeg", "image/gif", "image/webp"]);

/**
 * The response for a body part. Always `attachment`, except raster images asked for inline
 * by the message frame (`cid:` images); nosniff keeps the browser from guessing a type.
 */
export function partResponse(
  download: { meta: PartDownloadMeta; body: ReadableStream<Uint8Array> },
  inline: boolean,
) {
  const { meta } = download;
  const showInline = inline && inlineImageTypes.has(meta.contentType);
  const headers = new Headers({
    "Content-Type": showInline ? meta.contentType : "application/octet-stream",
    "Content-Disposition": contentDisposition(showInline ? "inline" : "attachment", meta.filename),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cache-Control": "private, no-store",
  });
  return new Response(download.body, { headers });
}
