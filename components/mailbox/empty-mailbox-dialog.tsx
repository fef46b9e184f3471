"use client";

import { mailboxActionOutcome } from "@/components/mailbox/mailbox-action-outcome";
import { MailboxDialog } from "@/components/mailbox/mailbox-dialog";
import { useMailboxHierarchy } from "@/components/mailbox/mailbox-hierarchy";
import { useMailboxAction } from "@/components/mailbox/use-mailbox-action";
import { mailboxLabels } from "@/lib/i18n/mailbox-labels";

/** "Delete N messages in Trash for good?" before Trash or Junk is emptied. */
export function EmptyMailboxDialog({
  path,
  name,
  messages,
  onClose,
}: {
  path: string;
  /** Trash or Junk in the UI language. */
  name: string;
  /** How many messages the page says it holds. */
  messages: number;
  onClose: () => void;
}) {
  const { lang } = useMailboxHierarchy();
  const m = mailboxLabels(lang);
  const run = useMailboxAction();

  const empty = async () =>
    mailboxActionOutcome(await run({ type: "empty", path }, () => m.emptied(name)), m);

  return (
    <MailboxDialog
      title={m.emptyTitle(name, messages)}
      submitLabel={m.emptyAction}
      cancelLabel={m.cancel}
      danger
      onSubmit={empty}
      onClose={onClose}
    >
      <p>{m.emptyBody}</p>
    </MailboxDialog>
  );
}
