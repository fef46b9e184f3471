"use client";

import { useState } from "react";
import { mailboxActionOutcome } from "@/components/mailbox/mailbox-action-outcome";
import { MailboxDialog, MailboxNameField } from "@/components/mailbox/mailbox-dialog";
import { useMailboxHierarchy } from "@/components/mailbox/mailbox-hierarchy";
import { useMailboxAction } from "@/components/mailbox/use-mailbox-action";
import { mailboxLabels } from "@/lib/i18n/mailbox-labels";
import { mailboxPathProblem } from "@/lib/mail/mailbox-path-problem";

/** "New folder": a path such as プロジェクト/2026 (the server creates the parent too). */
export function NewMailboxDialog({ onClose }: { onClose: () => void }) {
  const { lang, delimiter } = useMailboxHierarchy();
  const m = mailboxLabels(lang);
  const run = useMailboxAction();
  const [path, setPath] = useState("");

  const create = async () => {
    const problem = mailboxPathProblem(path, delimiter);
    if (problem) return { error: m.problems[problem] };
    return mailboxActionOutcome(await run({ type: "create", path }, (r) => m.created(r.path)), m);
  };

  return (
    <MailboxDialog
      title={m.newFolder}
      submitLabel={m.create}
      cancelLabel={m.cancel}
      onSubmit={create}
      onClose={onClose}
    >
      <MailboxNameField label={m.name} hint={m.nameHint} value={path} onChange={setPath} />
    </MailboxDialog>
  );
}
