"use client";

import { useState } from "react";
import { mailboxErrorText } from "@/components/mailbox/mailbox-error-text";
import { useMailboxHierarchy } from "@/components/mailbox/mailbox-hierarchy";
import { useMailboxAction } from "@/components/mailbox/use-mailbox-action";
import { mailboxLabels } from "@/lib/i18n/mailbox-labels";

/**
 * Subscribes or unsubscribes one mailbox (RFC 3501 §6.3.6–7): shown at once, taken back with
 * the reason when the server refuses. Unsubscribed mailboxes are hidden from the Folders nav.
 */
export function SubscribeSwitch({ path, subscribed }: { path: string; subscribed: boolean }) {
  const { lang } = useMailboxHierarchy();
  const m = mailboxLabels(lang);
  const run = useMailboxAction();
  const [shown, setShown] = useState(subscribed);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const toggle = async (on: boolean) => {
    setShown(on);
    setBusy(true);
    setError(null);
    const type = on ? "subscribe" : "unsubscribe";
    const answer = await run({ type, path }, () =>
      on ? m.subscribed(path) : m.unsubscribed(path),
    );
    setBusy(false);
    if (!answer.ok) {
      setShown(!on);
      setError(mailboxErrorText(answer.error.code, m));
    }
  };

  return (
    <span className="flex items-center gap-2">
      {error && (
        <span role="alert" className="text-xs text-red-800">
          {error}
        </span>
      )}
      <label className="flex size-11 cursor-pointer items-center justify-center md:size-8">
        <input
          type="checkbox"
          role="switch"
          aria-label={m.show(path)}
          checked={shown}
          aria-busy={busy || undefined}
          onChange={(event) => void toggle(event.target.checked)}
          className="accent-ink-600 size-4"
        />
      </label>
    </span>
  );
}
