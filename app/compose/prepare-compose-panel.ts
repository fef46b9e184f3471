import "server-only";
import type { ComposeInit, ComposeRequest, ComposeSource } from "@/lib/api/compose-contract";
import type { MailSession } from "@/lib/auth/get-mail-session";
import { prepareCompose } from "@/lib/compose/prepare-compose";
import { composeLabels } from "@/lib/i18n/compose-labels";
import type { Lang } from "@/lib/i18n/lang";
import { MailError } from "@/lib/mail/mail-error";

interface ComposePanel {
  init: ComposeInit;
  /** Set when the panel reopened a saved draft (from \Drafts). */
  draftMailbox: string | null;
}

/**
 * The composer panel beside the open message: its saved draft when the URL names one, else a
 * fresh answer. A draft replaced meanwhile (a newer version saved, or sent) is no error: the
 * panel on screen keeps its own state, and a reload starts the answer afresh.
 */
export async function prepareComposePanel(
  session: MailSession,
  panel: { source: ComposeSource; draft: ComposeRequest | null },
  lang: Lang,
): Promise<ComposePanel> {
  const labels = composeLabels(lang);
  if (panel.draft?.mode === "draft") {
    try {
      return {
        init: await prepareCompose(session, panel.draft, labels),
        draftMailbox: panel.draft.mailbox,
      };
    } catch (error) {
      if (!(error instanceof MailError) || error.status !== 404) throw error;
    }
  }
  return { init: await prepareCompose(session, panel.source, labels), draftMailbox: null };
}
