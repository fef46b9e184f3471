"use client";

import { useState } from "react";
import { mailboxActionOutcome } from "@/components/mailbox/mailbox-action-outcome";
import { MailboxDialog, MailboxNameField } from "@/components/mailbox/mailbox-dialog";
import { useMailboxHierarchy } from "@/components/mailbox/mailbox-hierarchy";
import { useMailboxAction } from "@/components/mailbox/use-mailbox-action";
import { mailboxLabels } from "@/lib/i18n/mailbox-labels";
import { lastLevel } from "@/lib/mail/mailbox-path";
import { mailboxPathProblem } from "@/lib/mail/mailbox-path-problem";

/** A new last level for `path`, under the same parent ("プロジェクト/2026" → ".../2027"). */
export function RenameMailboxDialog({ path, onClose }: { path: string; onClose: () => void }) {
  const { lang, delimiter } = useMailboxHierarchy();
  const m = mailboxLabels(lang);
  const run = useMailboxAction();
  const [name, setName] = useState(() => lastLevel(path, delimiter));

  const rename = async () => {
    if (delimiter && name.includes(delimiter)) return { error: m.problems.delimiter };
    const problem = mailboxPathProblem(name, "");
    if (problem) return { error: m.problems[problem] };
    if (name === lastLevel(path, delimiter)) return "done" as const;
    return mailboxActionOutcome(
      await run({ type: "rename", path, name }, (r) => m.renamed(r.path)),
      m,
    );
  };

  return (
    <MailboxDialog
      title={m.renameTitle(path)}
      submitLabel={m.rename}
      cancelLabel={m.cancel}
      onSubmit={rename}
      onClose={onClose}
    >
      <MailboxNameField label={m.newName} value={name} onChange={setName} />
    </MailboxDialog>
  );
}
