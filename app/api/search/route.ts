// GET /api/search?q=…&mailbox=…&page=… – one page of hits, newest first (no mailbox: all).
import { getMailSession } from "@/lib/auth/get-mail-session";
import { errorResponse } from "@/lib/api/mail-route";
import { parseSearchParams } from "@/lib/api/search-params";
import { MailError } from "@/lib/mail/mail-error";
import { runSearch } from "@/lib/search/run-search";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const session = await getMailSession();
    if (!session) throw new MailError("UNAUTHENTICATED", "Sign in to search your mail.");
    const params = parseSearchParams(new URL(request.url).searchParams);
    const value = await runSearch(session.credentials, params);
    return Response.json(
      { ok: true, value },
      { headers: { "Cache-Control": "private, no-store" } },
    );
  } catch (error) {
    if (error instanceof MailError) return errorResponse(error);
    throw error;
  }
}
