import type { ReactNode } from "react";
import { AppHeader } from "@/components/app-header";
import { ComposeOutcomeToast } from "@/components/compose/compose-outcome-toast";
import { KeyboardShortcuts } from "@/components/keyboard/keyboard-shortcuts";
import { LiveProvider } from "@/components/live/live-provider";
import { toLiveMailboxes } from "@/components/live/live-mailbox";
import { LiveStatus } from "@/components/live/live-status";
import { MailShell } from "@/components/mail-shell";
import { MailboxTree } from "@/components/mailbox/mailbox-tree";
import { DeviceStoreSync } from "@/components/offline/device-store-sync";
import { OfflineIndicator } from "@/components/offline/offline-indicator";
import { OfflineQueueProvider } from "@/components/outbox/offline-queue-provider";
import { requestLang } from "@/lib/i18n/request-lang";
import { listMailboxes } from "@/lib/imap/list-mailboxes";
import { buildMailboxTree } from "@/lib/mail/mailbox-tree";
import { subscribedMailboxes } from "@/lib/mail/subscribed-mailboxes";
import { deviceStoreKey } from "@/lib/offline/device-store-key";
import { signOutAction } from "./actions";
import { loadMail, requireMailSession } from "./load-mail";

/**
 * Every mail page: the header, the mailboxes, the live connection and the keyboard shortcuts. A layout, so opening a
 * message or another mailbox re-renders only what changes beneath it.
 */
export default async function MailLayout({ children }: { children: ReactNode }) {
  const session = await requireMailSession();
  const [lang, mailboxes] = await Promise.all([
    requestLang(),
    loadMail(() => listMailboxes(session.credentials)),
  ]);
  const tree = buildMailboxTree(subscribedMailboxes(mailboxes));

  return (
    <LiveProvider mailboxes={toLiveMailboxes(tree, lang)} lang={lang}>
      <DeviceStoreSync
        accountKey={deviceStoreKey(session.email)}
        address={session.email}
        lang={lang}
        mailboxes={tree}
      />
      <OfflineQueueProvider account={session.email}>
        <MailShell
          header={
            <AppHeader
              email={session.email}
              lang={lang}
              signOutAction={signOutAction}
              status={
                <>
                  <OfflineIndicator lang={lang} />
                  <LiveStatus lang={lang} />
                  <ComposeOutcomeToast />
                </>
              }
            />
          }
          mailboxes={
            <MailboxTree
              mailboxes={tree}
              lang={lang}
              delimiter={mailboxes.find((box) => box.delimiter)?.delimiter ?? "/"}
            />
          }
        >
          {children}
        </MailShell>
      </OfflineQueueProvider>
      <KeyboardShortcuts lang={lang} />
    </LiveProvider>
  );
}
