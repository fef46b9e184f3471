// GET /api/events – the signed-in user's live mail events (Server-Sent Events).
import { errorResponse } from "@/lib/api/mail-route";
import { getMailSession } from "@/lib/auth/get-mail-session";
import { MailError } from "@/lib/mail/mail-error";
import { eventStreamResponse } from "@/lib/realtime/event-stream";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const session = await getMailSession();
  if (!session) {
    return errorResponse(new MailError("UNAUTHENTICATED", "Sign in to get live updates."));
  }
  return eventStreamResponse(request, session);
}
