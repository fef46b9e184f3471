"use client";

import { useEffect, useMemo } from "react";
import { AppHeader } from "@/components/app-header";
import { ComposeOutcomeToast } from "@/components/compose/compose-outcome-toast";
import { KeyboardShortcuts } from "@/components/keyboard/keyboard-shortcuts";
import { LiveProvider } from "@/components/live/live-provider";
import { toLiveMailboxes } from "@/components/live/live-mailbox";
import { LiveStatus } from "@/components/live/live-status";
import { ListPane, MailShell, MessagePane } from "@/components/mail-shell";
import { MailboxTree } from "@/components/mailbox/mailbox-tree";
import { NoMessageOpen } from "@/components/message-view/no-message-open";
import { OfflineIndicator } from "@/components/offline/offline-indicator";
import { OfflineMailbox } from "@/components/offline/offline-mailbox";
import { OfflineMessage } from "@/components/offline/offline-message";
import { OfflineQueueProvider } from "@/components/outbox/offline-queue-provider";
import type { SavedMail } from "@/components/offline/use-saved-mail";
import { useMailRoute } from "@/components/use-mail-route";
import type { Lang } from "@/lib/i18n/lang";
import { mailboxHref } from "@/lib/mail/mail-urls";

/**
 * The mail pages offline: the same shell, mailbox tree, list pane and message view as
 * app/mail's layouts (keep the two alike: whatever app/mail/layout.tsx mounts for the whole
 * mail UI belongs here too), fed from the device store instead of the server.
 */
export function OfflineMailShell({
  saved,
  lang,
  signOutAction,
}: {
  saved: SavedMail;
  lang: Lang;
  signOutAction: () => Promise<void>;
}) {
  const { mailbox, uid, page } = useMailRoute();
  const tree = saved.mailboxes;
  const live = useMemo(() => toLiveMailboxes(tree, lang), [tree, lang]);
  const inbox = live.find((box) => box.role === "inbox")?.path ?? "INBOX";
  const delimiter = tree.find((box) => box.delimiter)?.delimiter ?? "/";

  // The installed app starts at "/", which the server sends on to the Inbox: so does this.
  useEffect(() => {
    if (window.location.pathname === "/") window.history.replaceState(null, "", mailboxHref(inbox));
  }, [inbox]);

  return (
    <LiveProvider mailboxes={live} lang={lang}>
      <OfflineQueueProvider account={saved.account.address}>
        <MailShell
          header={
            <AppHeader
              email={saved.account.address}
              lang={lang}
              signOutAction={signOutAction}
              status={
                <>
                  <OfflineIndicator lang={lang} always />
                  <LiveStatus lang={lang} />
                  <ComposeOutcomeToast />
                </>
              }
            />
          }
          mailboxes={<MailboxTree mailboxes={tree} lang={lang} delimiter={delimiter} />}
        >
          {mailbox !== null && (
            <ListPane lang={lang}>
              <OfflineMailbox
                account={saved.account.address}
                mailbox={mailbox}
                page={page}
                inbox={inbox}
                lang={lang}
              />
            </ListPane>
          )}
          <MessagePane>
            {mailbox !== null && uid !== null ? (
              <OfflineMessage mailbox={mailbox} uid={uid} page={page} lang={lang} />
            ) : (
              <NoMessageOpen lang={lang} />
            )}
          </MessagePane>
        </MailShell>
      </OfflineQueueProvider>
      <KeyboardShortcuts lang={lang} />
    </LiveProvider>
  );
}
