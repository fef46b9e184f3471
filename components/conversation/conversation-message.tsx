import { MessageActions } from "@/components/actions/message-actions";
import { ConversationFold } from "@/components/conversation/conversation-fold";
import { MessageDate } from "@/components/message-list/message-date";
import { ComposeActions } from "@/components/message-view/compose-actions";
import { MessageContent } from "@/components/message-view/message-content";
import { MessageHeaders } from "@/components/message-view/message-headers";
import { RemoteContentNotice } from "@/components/message-view/remote-content-notice";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { bodyHref } from "@/lib/mail/mail-urls";
import type { OpenedMessage } from "@/lib/message/open-message";

/** The first words of a plain-text body, on one line, for a collapsed message. */
function snippet(opened: OpenedMessage): string {
  const { body } = opened.message;
  if (body.kind !== "text") return "";
  return body.text.replace(/\s+/g, " ").trim().slice(0, 160);
}

/**
 * One message of an opened conversation, as its own article named by its subject: a summary
 * line (sender, date, and the body's first words while collapsed) that folds the message open,
 * then headers, body, attachments and its own actions (Reply answers this message).
 */
export function ConversationMessage({
  opened,
  expanded,
  now,
  lang,
  page,
  loadRemote,
}: {
  opened: OpenedMessage;
  expanded: boolean;
  /** The server's time (ISO), so dates read the same on server and client. */
  now: string;
  lang: Lang;
  page: number;
  /** Where Load remote content goes: the conversation's page, with `remote=1`. */
  loadRemote: { href: string; params: Record<string, string> };
}) {
  const m = t(lang);
  const { message, remoteBlocked, remoteAllowed, trackers } = opened;
  const subject = message.subject.trim() || m.noSubject;
  const sender = message.from[0];
  const text = snippet(opened);

  return (
    <article
      aria-label={subject}
      data-uid={message.uid}
      data-mailbox={message.mailbox}
      className="@container border-b border-gray-200"
    >
      <ConversationFold
        defaultOpen={expanded}
        sender={sender ? sender.name.trim() || sender.address : "—"}
        date={<MessageDate iso={message.date} now={now} lang={lang} />}
        snippet={text}
      >
        <div className="flex flex-col gap-4 px-4 pb-6 @2xl:px-8">
          <div className="flex min-w-0 flex-wrap items-center gap-1">
            <ComposeActions
              mailbox={message.mailbox}
              uid={message.uid}
              page={page}
              placement="toolbar"
              lang={lang}
            />
            <MessageActions mailbox={message.mailbox} uid={message.uid} flags={message.flags} />
          </div>
          <MessageHeaders message={message} lang={lang} />
          {((remoteBlocked > 0 && !remoteAllowed) || trackers > 0) && (
            <RemoteContentNotice
              blocked={remoteAllowed ? 0 : remoteBlocked}
              trackers={trackers}
              action={loadRemote.href}
              params={loadRemote.params}
              lang={lang}
            />
          )}
          <MessageContent
            message={message}
            frameSrc={bodyHref(message.mailbox, message.uid, remoteAllowed)}
            lang={lang}
          />
        </div>
      </ConversationFold>
    </article>
  );
}
