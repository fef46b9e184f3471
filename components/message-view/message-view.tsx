import Link from "next/link";
import type { ReactNode } from "react";
import { MarkReadOnOpen } from "@/components/actions/mark-read-on-open";
import { ComposeActions } from "@/components/message-view/compose-actions";
import { MessageContent } from "@/components/message-view/message-content";
import { MessageHeaders } from "@/components/message-view/message-headers";
import { OpenMessageGate } from "@/components/message-view/open-message-gate";
import {
  RemoteContentNotice,
  TrustedSenderNotice,
  type SenderTrust,
} from "@/components/message-view/remote-content-notice";
import { Icon } from "@/components/ui/icon";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { sourceHref } from "@/lib/mail/mail-urls";
import type { MessageView as OpenMessage } from "@/lib/mail/types";

const toolClass =
  "inline-flex min-h-11 items-center gap-1.5 rounded-md px-2.5 text-sm text-gray-700 hover:bg-gray-100 md:min-h-8";

/**
 * An opened message: toolbar, headers, the remote-content notice, the body, the attachments.
 * Rendered inside <LiveProvider>: showing an unread message marks it read, and a message moved
 * away (from here or elsewhere) leaves the screen.
 */
export function MessageView({
  message,
  lang,
  listHref,
  bodyFrameSrc,
  remoteBlocked,
  trackers,
  remoteAllowed,
  loadRemoteHref,
  loadRemoteParams,
  actions,
  senderTrust,
  compose,
}: {
  message: OpenMessage;
  lang: Lang;
  listHref: string;
  bodyFrameSrc: string | null;
  remoteBlocked: number;
  /** Tracking pixels removed from the body (never loaded). */
  trackers: number;
  remoteAllowed: boolean;
  loadRemoteHref: string;
  loadRemoteParams: Record<string, string>;
  /** Message action buttons (Reply, Archive, …), placed in the toolbar. */
  actions?: ReactNode;
  /** "Always load from this sender": whether it is on, and the action that switches it. */
  senderTrust?: SenderTrust;
  /** Offer Reply, Reply all and Forward (Edit draft in Drafts); `page` is the list's page. */
  compose?: { page: number };
}) {
  const m = t(lang);
  const subject = message.subject.trim() || m.noSubject;
  const body = message.body;
  const composeActions = (placement: "toolbar" | "bar") =>
    compose && (
      <ComposeActions
        mailbox={message.mailbox}
        uid={message.uid}
        page={compose.page}
        placement={placement}
        lang={lang}
      />
    );

  return (
    <OpenMessageGate mailbox={message.mailbox} uid={message.uid} listHref={listHref}>
      <MarkReadOnOpen mailbox={message.mailbox} uid={message.uid} flags={message.flags} />
      <article aria-label={subject} className="@container flex min-h-full w-full min-w-0 flex-col">
        <div className="sticky top-0 z-10 flex min-h-12 items-center gap-1 border-b border-gray-200 bg-white/95 px-2 backdrop-blur-sm md:min-h-11 @2xl:px-4">
          <Link href={listHref} className={`${toolClass} md:hidden`}>
            <Icon name="chevron-left" />
            {m.back}
          </Link>
          <div className="flex min-w-0 flex-1 flex-wrap items-center gap-1">
            {composeActions("toolbar")}
            {actions}
          </div>
          <a href={sourceHref(message.mailbox, message.uid)} download className={toolClass}>
            <Icon name="download" />
            <span className="sr-only sm:not-sr-only">{m.message.downloadMessage}</span>
          </a>
        </div>

        <div className="pb-safe flex flex-1 flex-col gap-5 px-4 pt-5 @2xl:px-8">
          <MessageHeaders message={message} lang={lang} />
          {((remoteBlocked > 0 && !remoteAllowed) || trackers > 0) && (
            <RemoteContentNotice
              blocked={remoteAllowed ? 0 : remoteBlocked}
              trackers={trackers}
              action={loadRemoteHref}
              params={loadRemoteParams}
              sender={senderTrust && !senderTrust.trusted ? message.from[0]?.address : undefined}
              senderTrust={senderTrust}
              lang={lang}
            />
          )}
          {senderTrust?.trusted && body.kind === "html" && message.from[0] && (
            <TrustedSenderNotice
              sender={message.from[0].address}
              senderTrust={senderTrust}
              lang={lang}
            />
          )}
          <MessageContent message={message} frameSrc={bodyFrameSrc} lang={lang} />
          <div className="h-4 shrink-0" aria-hidden="true" />
        </div>
        {composeActions("bar")}
      </article>
    </OpenMessageGate>
  );
}
