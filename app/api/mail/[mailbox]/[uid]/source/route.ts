// GET /api/mail/:mailbox/:uid/source – the raw message, streamed, shown as plain text.
import { messageRoute } from "@/lib/api/mail-route";
import { openSourceDownload } from "@/lib/message/open-source-download";

export const dynamic = "force-dynamic";

export const GET = messageRoute(async (_request, session, { mailbox, uid }) => {
  const { body } = await openSourceDownload(session.credentials, mailbox, uid);
  return new Response(body, {
    headers: {
      // Raw mail may hold any charset; text/plain with nosniff never renders it as HTML.
      "Content-Type": "text/plain; charset=utf-8",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
});
