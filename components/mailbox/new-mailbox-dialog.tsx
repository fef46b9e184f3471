"use client";

import { useState } from "react";
import { mailboxActionOutcome } from "@/components/mailbox/mailbox-action-outcome";
import { MailboxDialog, MailboxNameField } from "@/components/mailbox/mailbox-dialog";
import { useMailboxHierarchy } from "@/components/mailbox/mailbox-hierarchy";
import { useMailboxAction } from "@/components/mailbox/use-mailbox-action";
import { Icon } from "@/components/ui/icon";
import { mailboxLabels } from "@/lib/i18n/mailbox-labels";
import { mailboxPathProblem } from "@/lib/mail/mailbox-path-problem";

/** "New folder": a path such as プロジェクト/2026 (the server creates the parent too). */
export function NewMailboxButton({ className }: { className: string }) {
  const { lang } = useMailboxHierarchy();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} className={className}>
        <Icon name="mailbox" className="size-4 text-gray-500" />
        <span className="min-w-0 flex-1 truncate text-left">{mailboxLabels(lang).newFolder}</span>
      </button>
      {open && <NewMailboxDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function NewMailboxDialog({ onClose }: { onClose: () => void }) {
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
