"use client";

import { useEffect } from "react";
import { loadDeviceStore } from "@/components/offline/load-device-store";
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
    void Promise.all([loadDeviceStore(), deviceQueueName(address)]).then(async ([store, queue]) => {
      await store.activate(accountKey, [queue]);
      await store.saveAccount({ address, lang }, mailboxes);
    });
  }, [accountKey, address, lang, mailboxes]);

  useEffect(() => {
    if (!("indexedDB" in window)) return;
    const saveFlaggedOffline = () =>
      void import("@/components/offline/save-flagged-offline").then((module) =>
        module.saveFlaggedOffline(),
      );
    // Safari has no requestIdleCallback: a timeout lets the page settle first.
    if (!("requestIdleCallback" in window)) {
      const timer = setTimeout(saveFlaggedOffline, 3000);
      return () => clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(saveFlaggedOffline, { timeout: 10_000 });
    return () => window.cancelIdleCallback(handle);
  }, [accountKey]);
  return null;
}
