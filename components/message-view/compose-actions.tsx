"use client";

import Form from "next/form";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { composeHref } from "@/components/compose/compose-url";
import { useLive } from "@/components/live/live-context";
import { Icon, type IconName } from "@/components/ui/icon";
import type { ComposeSource } from "@/lib/api/compose-contract";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { messageHref } from "@/lib/mail/mail-urls";
import { parseListSearch } from "@/lib/search/list-search";

const modes: { mode: ComposeSource["mode"]; icon: IconName }[] = [
  { mode: "reply", icon: "reply" },
  { mode: "replyAll", icon: "replyAll" },
  { mode: "forward", icon: "forward" },
];

const buttonClass =
  "inline-flex min-h-11 items-center justify-center gap-1.5 rounded-md px-2 text-sm text-gray-700 hover:bg-gray-100 md:min-h-8";

/**
 * Reply, Reply all and Forward for the open message (Edit draft in Drafts). Plain GET forms, so
 * they work before any script: in the toolbar on md+ they open the composer as a panel in
 * this pane (`?compose=reply`); in the bar at the bottom on phones, full screen on /compose.
 * Only one of the two is displayed at any width.
 */
export function ComposeActions({
  mailbox,
  uid,
  page,
  placement,
  lang,
}: {
  mailbox: string;
  uid: number;
  page: number;
  placement: "toolbar" | "bar";
  lang: Lang;
}) {
  const m = t(lang).compose;
  // A message in Drafts is a draft to edit, not a message to answer.
  const inDrafts = useLive().mailboxes.find((box) => box.path === mailbox)?.role === "drafts";
  const toolbar = placement === "toolbar";
  const labels = { reply: m.reply, replyAll: m.replyAll, forward: m.forward };
  // A hit opened from a search keeps its hits listed beside the composer panel.
  const search = parseListSearch(useSearchParams());
  const placed = toolbar
    ? "hidden md:flex"
    : "pb-safe sticky bottom-0 z-10 flex justify-around border-t border-gray-200 bg-white/95 px-2 py-1 backdrop-blur-sm md:hidden";

  if (inDrafts)
    return (
      <div className={placed}>
        <Link href={composeHref({ mode: "draft", mailbox, uid })} className={buttonClass}>
          <Icon name="drafts" />
          {m.editDraft}
        </Link>
      </div>
    );
  return (
    <div className={`${placed} items-center gap-0.5`}>
      {modes.map(({ mode, icon }) => (
        <Form key={mode} action={toolbar ? messageHref(mailbox, uid) : "/compose"}>
          {toolbar ? (
            <>
              <input type="hidden" name="compose" value={mode} />
              {page > 1 && <input type="hidden" name="page" value={page} />}
              {search && <input type="hidden" name="q" value={search.q} />}
              {search?.all && <input type="hidden" name="scope" value="all" />}
            </>
          ) : (
            <>
              <input type="hidden" name="mode" value={mode} />
              <input type="hidden" name="mailbox" value={mailbox} />
              <input type="hidden" name="uid" value={uid} />
            </>
          )}
          <button type="submit" title={labels[mode]} className={buttonClass}>
            <Icon name={icon} />
            <span className={toolbar ? "sr-only @3xl:not-sr-only" : ""}>{labels[mode]}</span>
          </button>
        </Form>
      ))}
    </div>
  );
}
