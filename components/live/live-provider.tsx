"use client";

import { useEffect, useMemo, useState, type ReactNode } from "react";
import { LiveContext, useUnseen } from "@/components/live/live-context";
import type { LiveMailbox } from "@/components/live/live-mailbox";
import { joinLive, liveStore } from "@/components/live/live-session";
import { useLiveRefresh } from "@/components/live/use-live-refresh";
import { useMailRoute } from "@/components/use-mail-route";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

/**
 * Live mailbox state for everything inside: joins the tab's live session (one event stream per
 * browser), whose events change the overlay at once; the server-rendered panes are refreshed
 * behind them.
 */
export function LiveProvider({
  mailboxes,
  lang,
  children,
}: {
  mailboxes: LiveMailbox[];
  lang: Lang;
  children: ReactNode;
}) {
  const [store] = useState(liveStore);
  const { mailbox } = useMailRoute();
  const scheduleRefresh = useLiveRefresh(store);
  useEffect(
    () =>
      joinLive((event) => {
        // Mail added to or gone from another mailbox changes only counts: those come as events.
        const elsewhere = event && "mailbox" in event && event.mailbox && event.mailbox !== mailbox;
        if (!elsewhere) scheduleRefresh();
      }),
    [mailbox, scheduleRefresh],
  );

  const value = useMemo(
    () => ({ store, mailboxes, lang, scheduleRefresh }),
    [store, mailboxes, lang, scheduleRefresh],
  );
  return (
    <LiveContext value={value}>
      {children}
      <DocumentTitle mailboxes={mailboxes} lang={lang} />
    </LiveContext>
  );
}

/** "(38) Inbox · Tegami": the Inbox's unread count, kept as live as the sidebar's. */
function DocumentTitle({ mailboxes, lang }: { mailboxes: LiveMailbox[]; lang: Lang }) {
  const inbox = mailboxes.find((m) => m.role === "inbox");
  const unseen = useUnseen(inbox?.path ?? "INBOX", inbox?.unseen ?? 0);
  const appName = t(lang).appName;
  const title = inbox ? `${unseen > 0 ? `(${unseen}) ` : ""}${inbox.name} · ${appName}` : appName;

  // Next.js writes its own <title> as metadata streams in after a navigation: keep ours.
  useEffect(() => {
    const apply = () => {
      if (document.title !== title) document.title = title;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, [title]);
  return null;
}
