// GET /api/mail/:mailbox/:uid/body – the sanitized HTML body, as the sandboxed frame's document.
import { messageRoute } from "@/lib/api/mail-route";
import { requestLang } from "@/lib/i18n/request-lang";
import { getMessageFrame } from "@/lib/message/get-message-frame";
import { messageFrameCsp } from "@/lib/sanitize/message-frame-document";

export const dynamic = "force-dynamic";

export const GET = messageRoute(async (request, session, { mailbox, uid }) => {
  const allowRemote = new URL(request.url).searchParams.get("remote") === "1";
  const document = await getMessageFrame(session.credentials, mailbox, uid, {
    allowRemote,
    lang: await requestLang(),
  });
  return new Response(document, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": messageFrameCsp(),
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "Cache-Control": "private, no-store",
    },
  });
});
