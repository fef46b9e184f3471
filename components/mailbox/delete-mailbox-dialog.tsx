"use client";

import { useState } from "react";
import { MailboxDialog } from "@/components/mailbox/mailbox-dialog";
import { mailboxErrorText } from "@/components/mailbox/mailbox-error-text";
import { useMailboxHierarchy } from "@/components/mailbox/mailbox-hierarchy";
import { useMailboxAction } from "@/components/mailbox/use-mailbox-action";
import { mailboxLabels } from "@/lib/i18n/mailbox-labels";

/**
 * "Delete the folder X?", and when the server says it has children, a second question that
 * names them before anything is deleted with them.
 */
export function DeleteMailboxDialog({ path, onClose }: { path: string; onClose: () => void }) {
  const { lang } = useMailboxHierarchy();
  const m = mailboxLabels(lang);
  const run = useMailboxAction();
  const [children, setChildren] = useState<string[] | null>(null);

  const remove = async () => {
    const withChildren = children !== null;
    const answer = await run({ type: "delete", path, withChildren }, () => m.deleted(path));
    if (answer.ok) return "done" as const;
    const named = answer.error.details?.children;
    if (answer.error.code === "MAILBOX_HAS_CHILDREN" && named?.length) {
      setChildren(named);
      return "again" as const;
    }
    return { error: mailboxErrorText(answer.error.code, m) };
  };

  return (
    <MailboxDialog
      title={children ? m.childrenTitle(path) : m.deleteTitle(path)}
      submitLabel={children ? m.deleteAll : m.delete}
      cancelLabel={m.cancel}
      danger
      onSubmit={remove}
      onClose={onClose}
    >
      {children ? (
        <>
          <p>{m.childrenBody}</p>
          <ul className="mt-2 max-h-40 list-disc overflow-y-auto pl-5 break-words">
            {children.map((child) => (
              <li key={child}>{child}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{m.deleteBody}</p>
      )}
    </MailboxDialog>
  );
}
