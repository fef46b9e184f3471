import "server-only";
import { getMailSession, type MailSession } from "@/lib/auth/get-mail-session";
import { errorResponse } from "@/lib/api/mail-route";
import { assertOwnOrigin } from "@/lib/api/same-origin";
import { MailError } from "@/lib/mail/mail-error";
import { safeFilename } from "@/lib/mail/safe-filename";

/** A file arriving as the raw request body. */
export interface IncomingUpload {
  body: ReadableStream<Uint8Array>;
  filename: string;
  contentType: string;
  /** Content-Length, when the client sent one: lets an oversized file be refused before it is read. */
  declaredSize: number | null;
}

const mimeType = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/;

function readUpload(request: Request): IncomingUpload {
  const encoded = request.headers.get("x-filename");
  // A header an HTML form cannot set: a cross-site fetch with it needs a CORS preflight we never grant.
  if (encoded === null) throw new MailError("FORBIDDEN", "Name the file in the X-Filename header.");
  let name: string;
  try {
    name = decodeURIComponent(encoded);
  } catch {
    throw new MailError("INVALID_INPUT", "X-Filename is not percent-encoded UTF-8.");
  }
  if (!request.body) throw new MailError("INVALID_INPUT", "The upload has no body.");
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  const length = Number(request.headers.get("content-length"));
  return {
    body: request.body,
    filename: safeFilename(name, "attachment"),
    contentType: mimeType.test(type) ? type : "application/octet-stream",
    declaredSize:
      Number.isSafeInteger(length) && length >= 0 && request.headers.has("content-length")
        ? length
        : null,
  };
}

/**
 * The wrapper of the upload route: the file is the raw body, so it cannot go through
 * mutationRoute's JSON parsing. Same session and same-origin checks, same answers.
 */
export function uploadRoute<Output>(
  handler: (session: MailSession, upload: IncomingUpload) => Promise<Output>,
) {
  return async (request: Request): Promise<Response> => {
    try {
      const session = await getMailSession();
      if (!session) throw new MailError("UNAUTHENTICATED", "Sign in to attach files.");
      assertOwnOrigin(request);
      const value = await handler(session, readUpload(request));
      return Response.json({ ok: true, value }, { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      if (error instanceof MailError) return errorResponse(error);
      throw error;
    }
  };
}
