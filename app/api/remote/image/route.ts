// GET /api/remote/image?u=…&s=… – a remote image of a message, fetched by the image proxy.
import { errorResponse } from "@/lib/api/mail-route";
import { getMailSession } from "@/lib/auth/get-mail-session";
import { serveRemoteImage } from "@/lib/image-proxy/serve-remote-image";
import { MailError } from "@/lib/mail/mail-error";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const session = await getMailSession();
  if (!session) {
    return errorResponse(new MailError("UNAUTHENTICATED", "Sign in to see remote images."));
  }
  return serveRemoteImage(new URL(request.url).searchParams, session.email);
}
