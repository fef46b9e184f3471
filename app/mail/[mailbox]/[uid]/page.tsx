import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { MessageActions } from "@/components/actions/message-actions";
import { composePanelHref } from "@/components/compose/compose-url";
import { LazyComposer } from "@/components/compose/lazy-composer";
import { ConversationView } from "@/components/conversation/conversation-view";
import { MessagePane } from "@/components/mail-shell";
import { MessageView } from "@/components/message-view/message-view";
import { SaveOpenedMessage } from "@/components/offline/save-opened-message";
import { decodeMailboxParam, parseUid } from "@/lib/api/message-params";
import { parseComposePanelQuery } from "@/lib/compose/parse-compose-query";
import { requestLang } from "@/lib/i18n/request-lang";
import { parsePage } from "@/lib/mail/list-page";
import { bodyHref, mailboxHref, messageHref } from "@/lib/mail/mail-urls";
import { openConversationStack, openSingleStack } from "@/lib/message/open-conversation-stack";
import { requestListView } from "@/lib/settings/request-list-view";
import { listSearchHref, parseListSearch, searchHitHref } from "@/lib/search/list-search";
import { trustedSendersCookie, trustsSender } from "@/lib/message/trusted-senders";
import { prepareComposePanel } from "../../../compose/prepare-compose-panel";
import { setSenderTrustAction } from "../../actions";
import { loadMail, requireMailSession } from "../../load-mail";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ mailbox: string; uid: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// /mail/<mailbox>/<uid>: the open message (or Reply, Reply all, Forward in its place on md+).
export default async function MessagePage({ params, searchParams }: Props) {
  const [segments, query] = await Promise.all([params, searchParams]);
  let mailbox: string;
  let uid: number;
  try {
    mailbox = decodeMailboxParam(segments.mailbox);
    uid = parseUid(segments.uid);
  } catch {
    notFound();
  }
  const page = parsePage(query.page);
  const remote = query.remote === "1";
  // A hit opened from a search: the way back is to the hits.
  const search = parseListSearch(
    new URLSearchParams({ q: String(query.q ?? ""), scope: String(query.scope ?? "") }),
  );
  const compose = parseComposePanelQuery(query, mailbox, uid);
  const [session, lang, jar, view] = await Promise.all([
    requireMailSession(),
    requestLang(),
    cookies(),
    requestListView(),
  ]);
  const trusted = jar.get(trustedSendersCookie)?.value;
  // In conversation view the message opens with the rest of its thread (here and in Sent).
  const open = view === "conversations" && !compose ? openConversationStack : openSingleStack;
  const [stack, composePanel] = await loadMail(() =>
    Promise.all([
      open(session.credentials, mailbox, uid, {
        allowRemote: remote,
        lang,
        trustsSender: (sender) => trustsSender(trusted, session.email, sender),
      }),
      compose ? prepareComposePanel(session, compose, lang) : null,
    ]),
  );
  const opened = stack.current;
  const listHref = search
    ? listSearchHref(mailbox, { ...search, page })
    : mailboxHref(mailbox, page);
  const loadRemoteParams: Record<string, string> =
    page > 1 ? { remote: "1", page: String(page) } : { remote: "1" };

  if (compose && composePanel)
    return (
      <MessagePane>
        <LazyComposer
          key={composePanelHref(compose.source)}
          init={composePanel.init}
          draftMailbox={composePanel.draftMailbox}
          lang={lang}
          storageKey={composePanelHref(compose.source)}
          closeHref={
            search
              ? searchHitHref(mailbox, uid, { ...search, page })
              : messageHref(mailbox, uid, page)
          }
        />
      </MessagePane>
    );
  if (stack.messages.length > 1)
    return (
      <MessagePane>
        <SaveOpenedMessage message={opened.message} />
        <ConversationView
          stack={stack}
          lang={lang}
          listHref={listHref}
          page={page}
          loadRemote={{ href: messageHref(mailbox, uid), params: loadRemoteParams }}
        />
      </MessagePane>
    );
  return (
    <MessagePane>
      <SaveOpenedMessage message={opened.message} />
      <MessageView
        message={opened.message}
        lang={lang}
        listHref={listHref}
        bodyFrameSrc={
          opened.message.body.kind === "html" ? bodyHref(mailbox, uid, opened.remoteAllowed) : null
        }
        remoteBlocked={opened.remoteBlocked}
        trackers={opened.trackers}
        remoteAllowed={opened.remoteAllowed}
        loadRemoteHref={messageHref(mailbox, uid)}
        loadRemoteParams={loadRemoteParams}
        senderTrust={{
          trusted: opened.senderTrusted,
          action: setSenderTrustAction,
          returnTo: messageHref(mailbox, uid, page),
        }}
        actions={
          <MessageActions mailbox={opened.message.mailbox} uid={uid} flags={opened.message.flags} />
        }
        compose={{ page }}
      />
    </MessagePane>
  );
}
