"use client";

import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { Composer } from "@/components/compose/composer";
import { composeHref } from "@/components/compose/compose-url";
import { NotAvailableOffline } from "@/components/offline/not-available-offline";
import { OfflineIndicator } from "@/components/offline/offline-indicator";
import type { ComposeInit } from "@/lib/api/compose-contract";
import { newMessageId } from "@/lib/compose/new-message-id";
import type { Lang } from "@/lib/i18n/lang";
import { offlineLabels } from "@/lib/i18n/offline-labels";
import { mailboxHref } from "@/lib/mail/mail-urls";

/**
 * /compose offline: a new message in the same composer as online (its Send goes through
 * use-send-message, where the Outbox takes over). A reply or a draft needs the original from
 * the server, so only a new message is offered.
 */
export function OfflineCompose({ address, lang }: { address: string; lang: Lang }) {
  const query = useSearchParams();
  const to = query.get("to") ?? "";
  const subject = query.get("subject") ?? "";
  const [init] = useState<ComposeInit>(() => ({
    draft: {
      messageId: newMessageId(address),
      to,
      cc: "",
      bcc: "",
      subject,
      html: "",
      text: "",
      attachments: [],
      source: null,
      charset: "utf-8",
      draftUid: null,
    },
    attachments: [],
    from: { name: "", address },
    original: null,
  }));
  const isNew = (query.get("mode") ?? "new") === "new";
  const m = offlineLabels(lang);

  return (
    <div className="flex h-dvh flex-col bg-gray-50">
      <div className="pt-safe flex justify-center px-2 py-1">
        <OfflineIndicator lang={lang} always roomy />
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto md:px-4 md:pb-6">
        <div className="mx-auto flex min-h-full max-w-3xl md:min-h-0 md:overflow-clip md:rounded-xl md:border md:border-gray-200 md:bg-white md:shadow-sm">
          {isNew ? (
            <Composer
              init={init}
              lang={lang}
              storageKey={composeHref({
                mode: "new",
                to: to || undefined,
                subject: subject || undefined,
              })}
              closeHref={mailboxHref("INBOX")}
              draftMailbox={null}
            />
          ) : (
            <NotAvailableOffline
              title={m.composeMissing}
              back={{ href: mailboxHref("INBOX"), label: m.backToInbox }}
            />
          )}
        </div>
      </div>
    </div>
  );
}
