// GET /api/mail/:mailbox/:uid/source – the raw message, streamed, as a .eml download.
import { messageRoute } from "@/lib/api/mail-route";
import { contentDisposition } from "@/lib/mail/content-disposition";
import { openSourceDownload } from "@/lib/message/open-source-download";

export const dynamic = "force-dynamic";

export const GET = messageRoute(async (_request, session, { mailbox, uid }) => {
  const { meta, body } = await openSourceDownload(session.credentials, mailbox, uid);
  return new Response(body, {
    headers: {
      // A download, never a page: raw mail is the sender's bytes, in any charset and markup.
      "Content-Type": "message/rfc822",
      "Content-Disposition": contentDisposition("attachment", meta.filename),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
});
