"use client";

import { useRouter } from "next/navigation";
import { useCallback, useTransition, type ReactNode } from "react";
import { PullIndicator } from "@/components/pull-to-refresh/pull-indicator";
import { usePullToRefresh } from "@/components/pull-to-refresh/use-pull-to-refresh";
import { useShownPane, type Pane } from "@/components/use-mail-route";
import type { Lang } from "@/lib/i18n/lang";

const paneClass = "min-h-0 flex-col overflow-y-auto overscroll-contain";

/** `flex` for the pane a phone shows, `hidden md:flex` for the others (all shown on md+). */
function useDisplay(pane: Pane): string {
  return useShownPane() === pane ? "flex" : "hidden md:flex";
}

/**
 * Three panes on md+ (mailboxes, list, message), each scrolling on its own; one pane on a phone,
 * picked by the URL. Hidden panes stay in the document (`hidden md:flex`) so nothing shifts at md.
 * `children` are the list and message panes (ListPane, MessagePane) of the route below.
 */
export function MailShell({
  header,
  mailboxes,
  children,
}: {
  header: ReactNode;
  mailboxes: ReactNode;
  children: ReactNode;
}) {
  const mailboxesDisplay = useDisplay("mailboxes");
  return (
    <div className="px-safe flex h-dvh flex-col overflow-hidden bg-white">
      {header}
      <div className="flex min-h-0 flex-1">
        <div
          className={`${mailboxesDisplay} ${paneClass} pb-safe w-full border-gray-200 bg-gray-50 md:w-48 md:shrink-0 md:border-r lg:w-60`}
        >
          {mailboxes}
        </div>
        <main
          className={`${mailboxesDisplay === "flex" ? "hidden md:flex" : "flex"} min-h-0 min-w-0 flex-1`}
        >
          {children}
        </main>
      </div>
    </div>
  );
}

/**
 * The message list's pane: it stays mounted while messages open and close beside it. Pulled down
 * with a finger from its top, it renders the mailbox again from the server (list and counts),
 * for when live updates cannot reach this device.
 */
export function ListPane({ children, lang }: { children: ReactNode; lang: Lang }) {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const refresh = useCallback(() => {
    // Offline, a refresh can only fail; the list keeps what it shows.
    if (navigator.onLine) startTransition(() => router.refresh());
  }, [router]);
  const { ref, distance } = usePullToRefresh<HTMLDivElement>(refresh);
  return (
    <div
      ref={ref}
      className={`${useDisplay("list")} ${paneClass} pb-safe w-full border-gray-200 md:w-72 md:shrink-0 md:border-r lg:w-96 xl:w-[26rem]`}
    >
      <PullIndicator distance={distance} refreshing={refreshing} lang={lang} />
      {children}
    </div>
  );
}

/** The open message's pane (or the prompt to pick one). */
export function MessagePane({ children }: { children: ReactNode }) {
  return <div className={`${useDisplay("message")} ${paneClass} min-w-0 flex-1`}>{children}</div>;
}
