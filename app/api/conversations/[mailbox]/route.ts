// GET /api/conversations/<mailbox>?page=N – one page of the list as conversations, newest first
import { mailboxRoute } from "@/lib/api/mail-route";
import { parsePage } from "@/lib/mail/list-page";
import { listMailboxPage } from "@/lib/message/list-mailbox-page";

export const dynamic = "force-dynamic";

export const GET = mailboxRoute(async (request, session, mailbox) => {
  const page = parsePage(new URL(request.url).searchParams.get("page"));
  const value = await listMailboxPage(session.credentials, mailbox, page, "conversations");
  return Response.json({ ok: true, value }, { headers: { "Cache-Control": "no-store" } });
});
