import { useRouter } from "next/navigation";
import { use, useCallback } from "react";
import { useMailboxHierarchy } from "@/components/mailbox/mailbox-hierarchy";
import { postMailboxAction } from "@/components/mailbox/post-mailbox-action";
import { LiveContext } from "@/components/live/live-context";
import { useMailRoute } from "@/components/use-mail-route";
import type { MailboxAction, MailboxActionResult } from "@/lib/api/mailbox-action";
import type { ApiAnswer } from "@/lib/api/post-json";
import { mailboxHref } from "@/lib/mail/mail-urls";
import { pathAfterMove } from "@/lib/mail/mailbox-path";

/** Where the page must go when the mailbox it shows was renamed, moved or deleted. */
function nextMailbox(
  shown: string | null,
  action: MailboxAction,
  result: MailboxActionResult,
  delimiter: string,
): string | null {
  if (shown === null) return null;
  if (action.type === "rename" || action.type === "move")
    return pathAfterMove(shown, action.path, result.path, delimiter);
  if (action.type === "delete" && result.deleted?.includes(shown)) return "INBOX";
  return null;
}

/**
 * Posts a mailbox action; once the server agrees, the nav (and the live mailbox list it feeds)
 * is rendered again from LIST, or the page follows the mailbox it showed to its new path or,
 * deleted, to the Inbox. The outcome is announced where a live region exists.
 */
export function useMailboxAction() {
  const router = useRouter();
  const { mailbox: shown } = useMailRoute();
  const { delimiter } = useMailboxHierarchy();
  const live = use(LiveContext);

  return useCallback(
    async (
      action: MailboxAction,
      outcome: (result: MailboxActionResult) => string,
    ): Promise<ApiAnswer<MailboxActionResult>> => {
      const answer = await postMailboxAction(action);
      if (!answer.ok) return answer;
      const next = nextMailbox(shown, action, answer.value, delimiter);
      // A layout keeps its render across navigations: the refresh re-reads the nav's LIST.
      if (next !== null && next !== shown) router.replace(mailboxHref(next));
      router.refresh();
      live?.store.showToast(outcome(answer.value));
      return answer;
    },
    [router, shown, delimiter, live],
  );
}
