"use client";

import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { useLive } from "@/components/live/live-context";
import { envelopeCache, type CachedPage } from "@/components/message-list/envelope-cache";
import { loadEnvelopePage } from "@/components/message-list/load-envelope-page";
import { MessageList } from "@/components/message-list/message-list";
import { useSaveShownPage } from "@/components/offline/use-save-shown-page";
import { useMailRoute } from "@/components/use-mail-route";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import type { EnvelopePage } from "@/lib/mail/types";
import type { ListView } from "@/lib/settings/list-view";

/**
 * The message list of the mailbox shown. It stays mounted while messages open beside it, and
 * follows `?page=` itself: the page the server rendered with the layout comes as `initial`
 * (also after every refresh), any other is read from the tab's envelope cache, fetched when
 * missing or stale. The next page is fetched ahead, so Older shows at once.
 */
export function MessageListPane({
  account,
  initial,
  initialRequested,
  renderedAt,
  lang,
  view,
}: {
  account: string;
  initial: EnvelopePage;
  /** The page the server was asked for (`initial.page` is clamped to the last page). */
  initialRequested: number;
  /** The server's time of rendering (ISO), so dates read the same on server and client. */
  renderedAt: string;
  lang: Lang;
  /** One row per conversation or per message, as the user chose. */
  view: ListView;
}) {
  const { uid, page } = useMailRoute();
  const top = useRef<HTMLDivElement>(null);
  // Another page of the list starts at its top (the pane scrolls on its own, not the window).
  useEffect(() => {
    top.current?.scrollIntoView({ block: "start" });
  }, [page]);
  const mailbox = initial.mailbox;
  // In Sent and Drafts the interesting address is the recipient's.
  const role = useLive().mailboxes.find((box) => box.path === mailbox)?.role;
  const fromServer = useMemo<CachedPage>(
    () => ({ page: initial, fetchedAt: renderedAt, stale: false }),
    [initial, renderedAt],
  );
  // Each render of the layout is the server's truth for its page, newer than anything cached.
  useEffect(() => {
    envelopeCache.put(account, initialRequested, initial, renderedAt);
  }, [account, initialRequested, initial, renderedAt]);

  const cached = useSyncExternalStore(
    envelopeCache.subscribe,
    () => envelopeCache.get(account, mailbox, page, view),
    () => undefined,
  );
  const initialIsNewest = page === initialRequested && !envelopeCache.holds(initial);
  const wanted = initialIsNewest ? fromServer : (cached ?? undefined);
  const failed = useFetchWhenNeeded(account, mailbox, page, view, wanted);
  useFetchAhead(account, mailbox, view, wanted);
  useSaveShownPage(wanted);

  // While a page loads, the one shown before stays (busy), as a navigation would keep it.
  const [lastShown, setLastShown] = useState(wanted);
  if (wanted && wanted !== lastShown) setLastShown(wanted);
  const shown = wanted ?? lastShown ?? fromServer;

  return (
    <>
      <div ref={top} aria-hidden="true" />
      {failed && !wanted && <LoadFailed lang={lang} onRetry={failed.retry} />}
      <MessageList
        page={shown.page}
        openUid={uid}
        lang={lang}
        now={shown.fetchedAt}
        showRecipients={role === "sent" || role === "drafts"}
        busy={!wanted && !failed}
        account={account}
      />
    </>
  );
}

/** Fetches the page shown when the cache lacks it or it went stale; a failure can be retried. */
function useFetchWhenNeeded(
  account: string,
  mailbox: string,
  page: number,
  view: ListView,
  wanted: CachedPage | undefined,
): { retry: () => void } | null {
  const [failedKey, setFailedKey] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const k = `${view}\u0000${mailbox}\u0000${page}`;
  const needed = !wanted || wanted.stale;
  useEffect(() => {
    if (!needed) return;
    let current = true;
    void loadEnvelopePage(account, mailbox, page, view).then((ok) => {
      if (current) setFailedKey(ok ? null : k);
    });
    return () => {
      current = false;
    };
  }, [account, mailbox, page, view, k, needed, attempt]);
  return failedKey === k ? { retry: () => setAttempt((n) => n + 1) } : null;
}

/** The next page is the likeliest next view: read it while the user looks at this one. */
function useFetchAhead(
  account: string,
  mailbox: string,
  view: ListView,
  shown: CachedPage | undefined,
): void {
  const next = shown && shown.page.page < shown.page.pageCount ? shown.page.page + 1 : null;
  useEffect(() => {
    if (next === null || envelopeCache.get(account, mailbox, next, view)) return;
    const load = () => void loadEnvelopePage(account, mailbox, next, view);
    // Safari has no requestIdleCallback: a short timeout lets the page settle first.
    if (!("requestIdleCallback" in window)) {
      const timer = setTimeout(load, 200);
      return () => clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(load, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }, [account, mailbox, view, next]);
}

function LoadFailed({ lang, onRetry }: { lang: Lang; onRetry: () => void }) {
  const m = t(lang).list;
  return (
    <div role="alert" className="flex items-center gap-3 bg-red-50 px-4 py-2 text-sm text-red-800">
      <span className="flex-1">{m.loadFailed}</span>
      <button
        type="button"
        onClick={onRetry}
        className="rounded-md px-2 py-1 font-medium underline"
      >
        {m.retry}
      </button>
    </div>
  );
}
