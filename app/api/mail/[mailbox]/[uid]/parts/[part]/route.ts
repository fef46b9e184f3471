// GET /api/mail/:mailbox/:uid/parts/:part – one attachment, streamed from IMAP as a download.
import { messageRoute } from "@/lib/api/mail-route";
import { partResponse } from "@/lib/api/part-response";
import { openPartDownload } from "@/lib/message/open-part-download";

export const dynamic = "force-dynamic";

export const GET = messageRoute(async (request, session, { mailbox, uid, part }) => {
  const download = await openPartDownload(session.credentials, mailbox, uid, part ?? "1");
  const inline = new URL(request.url).searchParams.get("inline") === "1";
  return partResponse(download, inline);
});
