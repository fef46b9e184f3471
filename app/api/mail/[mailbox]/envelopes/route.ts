// GET /api/mail/<mailbox>/envelopes?page=N – one page of the message list, newest first
import { mailboxRoute } from "@/lib/api/mail-route";
import { listEnvelopes } from "@/lib/imap/list-envelopes";
import { parsePage } from "@/lib/mail/list-page";

export const dynamic = "force-dynamic";

export const GET = mailboxRoute(async (request, session, mailbox) => {
  const page = parsePage(new URL(request.url).searchParams.get("page"));
  const value = await listEnvelopes(session.credentials, mailbox, page);
  return Response.json({ ok: true, value }, { headers: { "Cache-Control": "no-store" } });
});
