// GET /api/conversations/:mailbox/:uid – the conversation of a message across it and Sent.
import { messageRoute } from "@/lib/api/mail-route";
import { openConversation } from "@/lib/imap/open-conversation";

export const dynamic = "force-dynamic";

export const GET = messageRoute(async (_request, session, { mailbox, uid }) => {
  const value = await openConversation(session.credentials, mailbox, uid);
  return Response.json({ ok: true, value }, { headers: { "Cache-Control": "private, no-store" } });
});
