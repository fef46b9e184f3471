"use client";

import { useEffect } from "react";
import { deviceStore } from "@/components/offline/device-store";
import { saveFlaggedOffline } from "@/components/offline/save-flagged-offline";
import { deviceQueueName } from "@/components/outbox/device-queue-name";
import type { Lang } from "@/lib/i18n/lang";
import type { MailboxNode } from "@/lib/mail/types";

/**
 * Opens the signed-in account's device store (deleting any other account's databases, its own
 * action queue kept) and keeps in it
 * what the offline views need beside the pages and messages: the address, the language and the
 * mailbox tree. Then, when the browser is idle, fetches the flagged messages not kept yet.
 */
export function DeviceStoreSync({
  accountKey,
  address,
  lang,
  mailboxes,
}: {
  /** The server's opaque key of the account (lib/offline/device-store-key.ts). */
  accountKey: string;
  address: string;
  lang: Lang;
  mailboxes: MailboxNode[];
}) {
  useEffect(() => {
    if (!("indexedDB" in window)) return;
    void deviceQueueName(address)
      .then((queue) => deviceStore.activate(accountKey, [queue]))
      .then(() => deviceStore.saveAccount({ address, lang }, mailboxes));
  }, [accountKey, address, lang, mailboxes]);

  useEffect(() => {
    if (!("indexedDB" in window)) return;
    // Safari has no requestIdleCallback: a timeout lets the page settle first.
    if (!("requestIdleCallback" in window)) {
      const timer = setTimeout(() => void saveFlaggedOffline(), 3000);
      return () => clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(() => void saveFlaggedOffline(), { timeout: 10_000 });
    return () => window.cancelIdleCallback(handle);
  }, [accountKey]);
  return null;
}
