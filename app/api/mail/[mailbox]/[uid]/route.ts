// GET /api/mail/:mailbox/:uid – the message as the message pane shows it, as JSON (the device store keeps flagged mail for offline reading). Never sets \Seen.
import { messageRoute } from "@/lib/api/mail-route";
import { requestLang } from "@/lib/i18n/request-lang";
import { openMessage } from "@/lib/message/open-message";

export const dynamic = "force-dynamic";

export const GET = messageRoute(async (_request, session, { mailbox, uid }) => {
  const opened = await openMessage(session.credentials, mailbox, uid, {
    allowRemote: false,
    lang: await requestLang(),
  });
  return Response.json(
    { ok: true, value: opened.message },
    { headers: { "Cache-Control": "private, no-store" } },
  );
});
