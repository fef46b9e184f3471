// The image proxy's answer to one request: the verified image under headers that keep it an
// image, or a short plain refusal that never passes on anything of the remote server's.
import "server-only";
import { createFetchLimiter, type FetchLimiter } from "@/lib/image-proxy/fetch-limiter";
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

// A browser loads a message's images six at a time over HTTP/1.1, but many more over HTTP/2:
// each user gets six fetches at once and the process 32, the rest wait in line (each fetch
// ends within its 10 s cap), and past the line the answer is "try again".
const perUser = { active: 6, queued: 200 };
const processWide = createFetchLimiter(32, 1000);
const userLimiters = new Map<string, FetchLimiter>();

async function limited<T>(user: string, task: () => Promise<T>): Promise<T | null> {
  const key = user.toLowerCase();
  let limiter = userLimiters.get(key);
  if (!limiter) {
    limiter = createFetchLimiter(perUser.active, perUser.queued);
    userLimiters.set(key, limiter);
  }
  try {
    return await limiter.run(() => processWide.run(task));
  } finally {
    const { active, queued } = limiter.load();
    if (active === 0 && queued === 0) userLimiters.delete(key);
  }
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
    const image = await limited(user, () => fetchImage(url));
    if (!image) {
      const busy = refusal(429, "Too many images at once; try again shortly.");
      busy.headers.set("Retry-After", "2");
      return busy;
    }
    return imageResponse(image);
  } catch (error) {
    if (error instanceof ImageProxyError) return refusal(error.status, error.message);
    throw error;
  }
}
