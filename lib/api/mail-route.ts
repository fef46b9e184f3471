import "server-only";
import type { z } from "zod";
import { getMailSession, type MailSession } from "@/lib/auth/get-mail-session";
import { MailError, type ApiError } from "@/lib/mail/mail-error";
import {
  decodeMailboxParam,
  parseMessageParams,
  type MessageParams,
} from "@/lib/api/message-params";
import { readJsonBody } from "@/lib/api/read-json-body";
import { assertSameOrigin } from "@/lib/api/same-origin";

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

export function errorResponse(error: MailError): Response {
  const body: ApiError = {
    ok: false,
    error: {
      code: error.code,
      message: error.message,
      ...(error.details ? { details: error.details } : {}),
    },
  };
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

/** The wrapper for reads of one mailbox: the session, the `mailbox` segment, typed errors. */
export function mailboxRoute(
  handler: (request: Request, session: MailSession, mailbox: string) => Promise<Response>,
) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      const session = await getMailSession();
      if (!session) throw new MailError("UNAUTHENTICATED", "Sign in to read your mail.");
      const { mailbox } = await context.params;
      return await handler(request, session, decodeMailboxParam(mailbox));
    } catch (error) {
      if (error instanceof MailError) return errorResponse(error);
      throw error;
    }
  };
}

/** The request body, parsed as JSON and checked against the contract shared with the client. */
async function parseBody<Input>(request: Request, schema: z.ZodType<Input>): Promise<Input> {
  const body = await readJsonBody(request);
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.map(String).join(".");
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  throw new MailError("INVALID_INPUT", problems.join("; "));
}

/**
 * The one wrapper for routes that change mail: it checks the session and that the request
 * comes from Tegami's own pages (CSRF), validates the JSON body, and answers
 * `{ ok: true, value }` or a typed error, never cached.
 */
export function mutationRoute<Input, Output>(
  schema: z.ZodType<Input>,
  handler: (session: MailSession, input: Input) => Promise<Output>,
) {
  return async (request: Request): Promise<Response> => {
    try {
      const session = await getMailSession();
      if (!session) throw new MailError("UNAUTHENTICATED", "Sign in to change your mail.");
      assertSameOrigin(request);
      const value = await handler(session, await parseBody(request, schema));
      return Response.json({ ok: true, value }, { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      if (error instanceof MailError) return errorResponse(error);
      throw error;
    }
  };
}
