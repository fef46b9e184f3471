"use client";

import { useId, useState } from "react";
import { mailboxActionOutcome } from "@/components/mailbox/mailbox-action-outcome";
import { MailboxDialog } from "@/components/mailbox/mailbox-dialog";
import { useMailboxHierarchy } from "@/components/mailbox/mailbox-hierarchy";
import { useMailboxAction } from "@/components/mailbox/use-mailbox-action";
import { mailboxLabels } from "@/lib/i18n/mailbox-labels";
import { moveTargets, parentPath } from "@/lib/mail/mailbox-path";

// A <select> value no mailbox path can have (a path is never empty).
const topLevel = "";

/** `path` and its children under another parent, or at the top level. */
export function MoveMailboxDialog({ path, onClose }: { path: string; onClose: () => void }) {
  const { lang, delimiter, paths } = useMailboxHierarchy();
  const m = mailboxLabels(lang);
  const run = useMailboxAction();
  const id = useId();
  const atTop = parentPath(path, delimiter) === null;
  const targets = moveTargets(paths, path, delimiter);
  const [parent, setParent] = useState(atTop ? (targets[0] ?? topLevel) : topLevel);

  const move = async () =>
    mailboxActionOutcome(
      await run({ type: "move", path, parent: parent === topLevel ? null : parent }, (r) =>
        m.moved(r.path),
      ),
      m,
    );

  return (
    <MailboxDialog
      title={m.moveTitle(path)}
      submitLabel={m.move}
      cancelLabel={m.cancel}
      onSubmit={move}
      onClose={onClose}
    >
      <label htmlFor={id} className="block font-medium text-gray-900">
        {m.newParent}
      </label>
      <select
        id={id}
        data-autofocus
        value={parent}
        onChange={(event) => setParent(event.target.value)}
        className="mt-1 min-h-11 w-full rounded-md border border-gray-300 bg-white px-2 text-base md:min-h-9 md:text-sm"
      >
        {!atTop && <option value={topLevel}>{m.topLevel}</option>}
        {targets.map((target) => (
          <option key={target} value={target}>
            {target}
          </option>
        ))}
      </select>
    </MailboxDialog>
  );
}
