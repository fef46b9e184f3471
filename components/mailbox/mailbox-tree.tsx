import { MailboxTreeItem } from "@/components/mailbox/mailbox-tree-item";
import { OutboxFolder } from "@/components/outbox/outbox-folder";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import type { MailboxNode } from "@/lib/mail/types";

/** The mailbox navigation: special mailboxes first (as lib/ orders them), children nested. */
export function MailboxTree({ mailboxes, lang }: { mailboxes: MailboxNode[]; lang: Lang }) {
  return (
    <nav aria-label={t(lang).mailboxes.label} className="px-2 py-3">
      <ul className="space-y-px">
        {mailboxes.map((mailbox) => (
          <MailboxTreeItem key={mailbox.path} mailbox={mailbox} lang={lang} />
        ))}
        <OutboxFolder lang={lang} />
      </ul>
    </nav>
  );
}
