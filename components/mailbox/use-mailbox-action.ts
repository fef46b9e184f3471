import { useRouter } from "next/navigation";
import { use, useCallback } from "react";
import { mailboxAfterAction } from "@/components/mailbox/mailbox-after-action";
import { MailboxAnnouncerContext } from "@/components/mailbox/mailbox-announcer";
import { useMailboxHierarchy } from "@/components/mailbox/mailbox-hierarchy";
import { postMailboxAction } from "@/components/mailbox/post-mailbox-action";
import { LiveContext } from "@/components/live/live-context";
import { useMailRoute } from "@/components/use-mail-route";
import type { MailboxAction, MailboxActionResult } from "@/lib/api/mailbox-action";
import type { ApiAnswer } from "@/lib/api/post-json";
import { mailboxHref } from "@/lib/mail/mail-urls";

/**
 * Posts a mailbox action; once the server agrees, the nav (and the live mailbox list it feeds)
 * is rendered again from LIST, or the page follows the mailbox it showed to its new path or,
 * deleted, to the Inbox. The outcome is announced as the live layer's toast in mail pages,
 * else by the nearest MailboxAnnouncer.
 */
export function useMailboxAction() {
  const router = useRouter();
  const { mailbox: shown } = useMailRoute();
  const { delimiter } = useMailboxHierarchy();
  const live = use(LiveContext);
  const announce = use(MailboxAnnouncerContext);

  return useCallback(
    async (
      action: MailboxAction,
      outcome: (result: MailboxActionResult) => string,
    ): Promise<ApiAnswer<MailboxActionResult>> => {
      const answer = await postMailboxAction(action);
      if (!answer.ok) return answer;
      const next = mailboxAfterAction(shown, action, answer.value, delimiter);
      // A layout keeps its render across navigations: the refresh re-reads the nav's LIST.
      if (next !== null) router.replace(mailboxHref(next));
      router.refresh();
      const text = outcome(answer.value);
      if (live) live.store.showToast(text);
      else announce?.(text);
      return answer;
    },
    [router, shown, delimiter, live, announce],
  );
}
