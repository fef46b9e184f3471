"use client";

import { MessageListPane } from "@/components/message-list/message-list-pane";
import { deviceStore } from "@/components/offline/device-store";
import { NotAvailableOffline } from "@/components/offline/not-available-offline";
import { useDeviceRead } from "@/components/offline/use-saved-mail";
import type { Lang } from "@/lib/i18n/lang";
import { offlineLabels } from "@/lib/i18n/offline-labels";
import { mailboxHref } from "@/lib/mail/mail-urls";

/** A list page read from the device store, in the same list pane as online. */
export function OfflineMailbox({
  account,
  mailbox,
  page,
  inbox,
  lang,
}: {
  account: string;
  mailbox: string;
  page: number;
  /** The Inbox's path, the way back from a page not kept. */
  inbox: string;
  lang: Lang;
}) {
  const saved = useDeviceRead(`${mailbox}\u0000${page}`, () => deviceStore.readPage(mailbox, page));
  if (saved === undefined) return null;
  if (!saved) {
    const m = offlineLabels(lang);
    return (
      <NotAvailableOffline
        title={m.pageMissing}
        back={{ href: mailboxHref(inbox), label: m.backToInbox }}
      />
    );
  }
  return (
    <MessageListPane
      account={account}
      initial={saved.data}
      initialRequested={page}
      renderedAt={saved.fetchedAt}
      lang={lang}
      view={saved.data.threads ? "conversations" : "messages"}
    />
  );
}
