import { AttachmentList } from "@/components/message-view/attachment-list";
import { MessageBodyFrame } from "@/components/message-view/message-body-frame";
import { PlainTextBody } from "@/components/message-view/plain-text-body";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import type { MessageView } from "@/lib/mail/types";

/**
 * What a message says: its plain-text body, or its HTML body in the sandboxed frame at
 * `frameSrc` (null when there is no frame to show, e.g. offline without a saved copy), then its
 * attachments. The same in the message pane and in each message of a conversation.
 */
export function MessageContent({
  message,
  frameSrc,
  lang,
}: {
  message: MessageView;
  frameSrc: string | null;
  lang: Lang;
}) {
  const m = t(lang);
  const { body } = message;
  return (
    <>
      <div className="min-w-0">
        {body.kind === "text" && <PlainTextBody text={body.text} />}
        {body.kind === "html" && frameSrc !== null && (
          <MessageBodyFrame src={frameSrc} title={m.message.bodyFrame} />
        )}
        {(body.kind === "none" || (body.kind === "html" && frameSrc === null)) && (
          <p className="text-sm text-gray-500">{m.message.noText}</p>
        )}
      </div>
      {message.attachments.length > 0 && (
        <AttachmentList
          attachments={message.attachments}
          mailbox={message.mailbox}
          uid={message.uid}
          lang={lang}
        />
      )}
    </>
  );
}
