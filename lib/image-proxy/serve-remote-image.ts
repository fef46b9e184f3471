// The image proxy's answer to one request: the verified image under headers that keep it an
// image, or a short plain refusal that never passes on anything of the remote server's.
import "server-only";
import { fetchRemoteImage, type RemoteImage } from "@/lib/image-proxy/fetch-remote-image";
import { ImageProxyError } from "@/lib/image-proxy/image-proxy-error";
import { verifyProxiedImageUrl } from "@/lib/image-proxy/proxy-url";

const lockedDown = {
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'none'; sandbox",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Referrer-Policy": "no-referrer",
};

function imageResponse(image: RemoteImage): Response {
  return new Response(image.body, {
    headers: {
      ...lockedDown,
      "Content-Type": image.contentType,
      "Content-Length": String(image.body.length),
      "Content-Disposition": 'inline; filename="image"',
      // The URL is signed for this user only, so the browser alone may keep it.
      "Cache-Control": "private, max-age=86400",
    },
  });
}

function refusal(status: number, reason: string): Response {
  return new Response(reason, {
    status,
    headers: {
      ...lockedDown,
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
    },
  });
}

/** The response for a proxied-image query from signed-in `user`. */
export async function serveRemoteImage(
  query: URLSearchParams,
  user: string,
  fetchImage: (url: string) => Promise<RemoteImage> = fetchRemoteImage,
): Promise<Response> {
  const url = verifyProxiedImageUrl(query, user);
  // Not signed for this user: as if it did not exist, so the route is no open proxy.
  if (!url) return refusal(404, "Not found.");
  try {
    return imageResponse(await fetchImage(url));
  } catch (error) {
    if (error instanceof ImageProxyError) return refusal(error.status, error.message);
    throw error;
  }
}
