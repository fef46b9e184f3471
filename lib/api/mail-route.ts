import "server-only";
import { getMailSession, type MailSession } from "@/lib/auth/get-mail-session";
import { MailError, type ApiError } from "@/lib/mail/mail-error";
import { parseMessageParams, type MessageParams } from "@/lib/api/message-params";

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

export function errorResponse(error: MailError): Response {
  const body: ApiError = { ok: false, error: { code: error.code, message: error.message } };
  return Response.json(body, { status: error.status, headers: { "Cache-Control": "no-store" } });
}

/**
 * The one wrapper for routes about a message: it checks the session, parses and validates
 * `mailbox` and `uid`, and maps MailErrors to typed JSON answers with the right status.
 */
export function messageRoute(
  handler: (request: Request, session: MailSession, params: MessageParams) => Promise<Response>,
) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      const session = await getMailSession();
      if (!session) throw new MailError("UNAUTHENTICATED", "Sign in to read your mail.");
      const params = parseMessageParams(await context.params);
      return await handler(request, session, params);
    } catch (error) {
      if (error instanceof MailError) return errorResponse(error);
      throw error;
    }
  };
}
