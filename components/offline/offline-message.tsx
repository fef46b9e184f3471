"use client";

import { MessageActions } from "@/components/actions/message-actions";
import { deviceStore } from "@/components/offline/device-store";
import { NotAvailableOffline } from "@/components/offline/not-available-offline";
import { useDeviceRead } from "@/components/offline/use-saved-mail";
import { MessageView } from "@/components/message-view/message-view";
import type { Lang } from "@/lib/i18n/lang";
import { offlineLabels } from "@/lib/i18n/offline-labels";
import { bodyHref, mailboxHref, messageHref } from "@/lib/mail/mail-urls";

/**
 * A message read from the device store, in the same MessageView (and toolbar) as online. The
 * HTML body keeps its frame URL: the service worker answers it from the store (public/sw.js).
 */
export function OfflineMessage({
  mailbox,
  uid,
  page,
  lang,
}: {
  mailbox: string;
  uid: number;
  page: number;
  lang: Lang;
}) {
  const saved = useDeviceRead(`${mailbox}\u0000${uid}`, async () => {
    const [stored, envelope] = await Promise.all([
      deviceStore.readMessage(mailbox, uid),
      deviceStore.readEnvelope(mailbox, uid),
    ]);
    return stored && { ...stored, flags: envelope?.flags ?? stored.message.flags };
  });
  if (saved === undefined) return null;
  const m = offlineLabels(lang);
  if (!saved)
    return (
      <NotAvailableOffline
        title={m.messageMissing}
        hint={m.messageMissingHint}
        back={{ href: mailboxHref(mailbox, page), label: m.backToInbox }}
      />
    );
  const message = { ...saved.message, flags: saved.flags };
  return (
    <MessageView
      message={message}
      lang={lang}
      listHref={mailboxHref(mailbox, page)}
      bodyFrameSrc={saved.hasFrame ? bodyHref(mailbox, uid, false) : null}
      remoteBlocked={0}
      trackers={0}
      remoteAllowed={false}
      loadRemoteHref={messageHref(mailbox, uid)}
      loadRemoteParams={{}}
      actions={<MessageActions mailbox={mailbox} uid={uid} flags={message.flags} />}
      compose={{ page }}
    />
  );
}
