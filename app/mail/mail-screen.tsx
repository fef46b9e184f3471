import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { MessageActions } from "@/components/actions/message-actions";
import { AppHeader } from "@/components/app-header";
import { LazyComposer } from "@/components/compose/lazy-composer";
import { ComposeOutcomeToast } from "@/components/compose/compose-outcome-toast";
import { composePanelHref } from "@/components/compose/compose-url";
import { LiveProvider } from "@/components/live/live-provider";
import { toLiveMailboxes } from "@/components/live/live-mailbox";
import { LiveStatus } from "@/components/live/live-status";
import { MailShell } from "@/components/mail-shell";
import { MailboxTree } from "@/components/mailbox/mailbox-tree";
import { MessageList } from "@/components/message-list/message-list";
import { MessageView } from "@/components/message-view/message-view";
import { getMailSession } from "@/lib/auth/get-mail-session";
import { requestLang } from "@/lib/i18n/request-lang";
import { listEnvelopes } from "@/lib/imap/list-envelopes";
import { listMailboxes } from "@/lib/imap/list-mailboxes";
import { MailError } from "@/lib/mail/mail-error";
import { buildMailboxTree } from "@/lib/mail/mailbox-tree";
import type { Mailbox } from "@/lib/mail/types";
import { bodyHref, mailboxHref, messageHref } from "@/lib/mail/mail-urls";
import { openMessage } from "@/lib/message/open-message";
import { trustedSendersCookie, trustsSender } from "@/lib/message/trusted-senders";
import { focusMailbox } from "@/lib/realtime/mailbox-watcher";
import type { ComposeRequest, ComposeSource } from "@/lib/api/compose-contract";
import type { Lang } from "@/lib/i18n/lang";
import { prepareComposePanel } from "../compose/prepare-compose-panel";
import { setSenderTrustAction, signOutAction } from "./actions";

export interface MailScreenProps {
  mailbox: string | null;
  uid: number | null;
  page: number;
  remote: boolean;
  /** This page's own path and query, to come back to after signing in. */
  returnTo: string;
  /** Reply, Reply all or Forward as a panel in place of the open message (md+). */
  compose?: { source: ComposeSource; draft: ComposeRequest | null } | null;
}

async function load(
  { mailbox, uid, page, remote, compose }: MailScreenProps,
  session: NonNullable<Awaited<ReturnType<typeof getMailSession>>>,
  lang: Lang,
) {
  const credentials = session.credentials;
  const trusted = (await cookies()).get(trustedSendersCookie)?.value;
  const [opened, mailboxes, envelopes, composePanel] = await Promise.all([
    mailbox && uid
      ? openMessage(credentials, mailbox, uid, {
          allowRemote: remote,
          lang,
          trustsSender: (sender) => trustsSender(trusted, session.email, sender),
        })
      : null,
    listMailboxes(credentials),
    mailbox ? listEnvelopes(credentials, mailbox, page) : null,
    compose ? prepareComposePanel(session, compose, lang) : null,
  ]);
  return { opened, mailboxes, envelopes, composePanel };
}

/** In Sent and Drafts the interesting address is the recipient's. */
function showsRecipients(mailboxes: Mailbox[], path: string): boolean {
  const role = mailboxes.find((m) => m.path === path)?.role;
  return role === "sent" || role === "drafts";
}

/** The three panes: mailboxes, the message list and the open message. */
export async function MailScreen(props: MailScreenProps) {
  const session = await getMailSession();
  if (!session) redirect(`/login?callbackUrl=${encodeURIComponent(props.returnTo)}`);
  // The user's IMAP watcher waits in IDLE on the mailbox shown most recently.
  if (props.mailbox) focusMailbox(session.credentials, props.mailbox);
  const lang = await requestLang();
  let data: Awaited<ReturnType<typeof load>>;
  try {
    data = await load(props, session, lang);
  } catch (error) {
    if (!(error instanceof MailError)) throw error;
    if (error.code === "AUTH_FAILED")
      redirect(`/login?callbackUrl=${encodeURIComponent(props.returnTo)}`);
    if (error.status === 404) notFound();
    throw error;
  }
  const { mailbox, uid, page } = props;
  const { opened, mailboxes, envelopes, composePanel } = data;
  const listHref = mailbox ? mailboxHref(mailbox, page) : "/mail";
  const active = opened ? "message" : envelopes ? "list" : "mailboxes";
  // The open message has its own Back link to the list; the header's leads up to the mailboxes.
  const backHref = active === "list" ? "/mail" : null;
  const tree = buildMailboxTree(mailboxes);

  return (
    <LiveProvider
      mailbox={envelopes?.mailbox ?? opened?.message.mailbox ?? mailbox}
      mailboxes={toLiveMailboxes(tree, lang)}
      lang={lang}
    >
      <MailShell
        active={active}
        lang={lang}
        header={
          <AppHeader
            email={session.email}
            lang={lang}
            signOutAction={signOutAction}
            backHref={backHref}
            status={
              <>
                <LiveStatus lang={lang} />
                <ComposeOutcomeToast />
              </>
            }
          />
        }
        mailboxes={<MailboxTree mailboxes={tree} current={mailbox} lang={lang} />}
        list={
          envelopes && (
            <MessageList
              page={envelopes}
              openUid={uid}
              lang={lang}
              now={new Date().toISOString()}
              showRecipients={showsRecipients(mailboxes, envelopes.mailbox)}
            />
          )
        }
        message={
          opened &&
          mailbox &&
          uid &&
          (composePanel && props.compose ? (
            <LazyComposer
              key={composePanelHref(props.compose.source)}
              init={composePanel.init}
              draftMailbox={composePanel.draftMailbox}
              lang={lang}
              storageKey={composePanelHref(props.compose.source)}
              closeHref={messageHref(mailbox, uid, page)}
            />
          ) : (
            <MessageView
              message={opened.message}
              lang={lang}
              listHref={listHref}
              bodyFrameSrc={
                opened.message.body.kind === "html"
                  ? bodyHref(mailbox, uid, opened.remoteAllowed)
                  : null
              }
              remoteBlocked={opened.remoteBlocked}
              trackers={opened.trackers}
              remoteAllowed={opened.remoteAllowed}
              loadRemoteHref={messageHref(mailbox, uid)}
              loadRemoteParams={page > 1 ? { remote: "1", page: String(page) } : { remote: "1" }}
              senderTrust={{
                trusted: opened.senderTrusted,
                action: setSenderTrustAction,
                returnTo: messageHref(mailbox, uid, page),
              }}
              actions={
                <MessageActions
                  mailbox={opened.message.mailbox}
                  uid={uid}
                  flags={opened.message.flags}
                />
              }
              compose={{
                inDrafts: mailboxes.find((m) => m.path === mailbox)?.role === "drafts",
                page,
              }}
            />
          ))
        }
      />
    </LiveProvider>
  );
}
