// Why the image proxy did not deliver an image: a closed set of codes, so the route answers
// each with its own status and the tests tell them apart.
import "server-only";

const imageProxyErrorStatus = {
  /** Not an http(s) URL, credentials in it, or too long. */
  BAD_URL: 400,
  /** The host is (or resolves to) a private, loopback or otherwise non-public address. */
  REFUSED_ADDRESS: 403,
  /** Declared as no raster image type, or the bytes are not one (SVG never is). */
  UNSUPPORTED_TYPE: 415,
  TOO_LARGE: 413,
  TIMEOUT: 504,
  TOO_MANY_REDIRECTS: 502,
  /** The remote server answered with something other than 200 or a redirect. */
  UPSTREAM_STATUS: 502,
  /** DNS, connection or TLS failure, or the remote server hung up. */
  UPSTREAM_FAILED: 502,
} as const;

export type ImageProxyErrorCode = keyof typeof imageProxyErrorStatus;

export class ImageProxyError extends Error {
  constructor(
    readonly code: ImageProxyErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "ImageProxyError";
  }

  get status(): number {
    return imageProxyErrorStatus[this.code];
  }
}
