import "server-only";
import { MailError } from "@/lib/mail/mail-error";

/**
 * The largest JSON body any route accepts: a draft may carry 5 MB of HTML and 5 MB of text
 * (the contract's own limits), written as JSON with its escapes. Anything larger is refused
 * before it is buffered, so a client cannot make the server hold a body of any size.
 */
export const maxJsonBodyBytes = 12 * 1024 * 1024;

/** Reads and parses the request body as JSON, refusing more than `limit` bytes. */
export async function readJsonBody(request: Request, limit = maxJsonBodyBytes): Promise<unknown> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  if (!request.body) throw new MailError("INVALID_INPUT", "The request has no body.");
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new MailError("INVALID_INPUT", "The request body is not valid JSON.");
  }
}

function tooLarge(limit: number): MailError {
  return new MailError(
    "TOO_LARGE",
    `The request is larger than ${Math.round(limit / 1024 / 1024)} MB, the most Tegami accepts.`,
  );
}
