"use client";

import Link from "next/link";
import type { MouseEvent } from "react";
import { useMailRoute } from "@/components/use-mail-route";
import { Icon } from "@/components/ui/icon";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { mailboxHref } from "@/lib/mail/mail-urls";
import type { EnvelopePage } from "@/lib/mail/types";

/**
 * With no message open, turning the page changes only the list, which follows `?page=` itself:
 * the address changes in place (Next.js keeps its router in step with history.pushState), with
 * no round trip for a page that renders the same. A new tab or window still follows the link.
 */
function turnPageInPlace(event: MouseEvent<HTMLAnchorElement>, inPlace: boolean): void {
  const plain = event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey;
  if (!inPlace || !plain || event.altKey) return;
  event.preventDefault();
  window.history.pushState(null, "", event.currentTarget.href);
}

const stepClass = "inline-flex size-11 items-center justify-center rounded-md md:size-8";

/** What paging needs of a list page: a mailbox's, or a search's (`hrefOf` then links its pages). */
type PagedList = Pick<EnvelopePage, "mailbox" | "page" | "pageSize" | "pageCount" | "total"> & {
  envelopes: readonly unknown[];
  threads?: readonly unknown[];
};

/** "101–150 of 300" with Newer / Older links; at either end the step is shown dimmed, not linked. */
export function MessageListPagination({
  page,
  lang,
  hrefOf = (target) => mailboxHref(page.mailbox, target),
}: {
  page: PagedList;
  lang: Lang;
  hrefOf?: (page: number) => string;
}) {
  const m = t(lang);
  const { uid } = useMailRoute();
  const from = (page.page - 1) * page.pageSize + 1;
  // Conversation rows stand for the page's messages (and more): the range counts messages.
  const to = page.threads
    ? Math.min(page.total, from + page.pageSize - 1)
    : from + page.envelopes.length - 1;
  const steps = [
    { label: m.list.newer, icon: "chevron-left", target: page.page > 1 ? page.page - 1 : null },
    {
      label: m.list.older,
      icon: "chevron-right",
      target: page.page < page.pageCount ? page.page + 1 : null,
    },
  ] as const;

  return (
    <nav
      aria-label={m.list.pages}
      className="flex items-center justify-end gap-1 text-xs text-gray-600"
    >
      {to >= from && (
        <span className="mr-1 tabular-nums">{m.list.range(from, to, page.total)}</span>
      )}
      {steps.map((step) =>
        step.target === null ? (
          <span key={step.label} aria-hidden="true" className={`${stepClass} text-gray-300`}>
            <Icon name={step.icon} />
          </span>
        ) : (
          <Link
            key={step.label}
            href={hrefOf(step.target)}
            onClick={(event) => turnPageInPlace(event, uid === null)}
            // The list reads the next page ahead itself; the route has nothing else to prefetch.
            prefetch={false}
            title={step.label}
            className={`${stepClass} text-gray-700 hover:bg-gray-100`}
          >
            <Icon name={step.icon} />
            <span className="sr-only">{step.label}</span>
          </Link>
        ),
      )}
    </nav>
  );
}
