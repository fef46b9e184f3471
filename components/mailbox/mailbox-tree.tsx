import Link from "next/link";
import { MailboxHierarchyProvider } from "@/components/mailbox/mailbox-hierarchy";
import { MailboxTreeItem } from "@/components/mailbox/mailbox-tree-item";
import { NewMailboxButton } from "@/components/mailbox/new-mailbox-button";
import { OutboxFolder } from "@/components/outbox/outbox-folder";
import { Icon } from "@/components/ui/icon";
import type { Lang } from "@/lib/i18n/lang";
import { mailboxLabels } from "@/lib/i18n/mailbox-labels";
import { t } from "@/lib/i18n/messages";
import type { MailboxNode } from "@/lib/mail/types";

const footerRowClass =
  "flex min-h-11 w-full items-center gap-2.5 rounded-md px-2 text-[0.9375rem] text-gray-700 hover:bg-gray-200/60 md:min-h-8 md:text-sm";

function flatPaths(nodes: MailboxNode[]): string[] {
  return nodes.flatMap((node) => [node.path, ...flatPaths(node.children)]);
}

/**
 * The mailbox navigation: special mailboxes first (as lib/ orders them), children nested, each
 * with its folder actions; New folder and Manage folders beneath.
 */
export function MailboxTree({
  mailboxes,
  lang,
  delimiter,
}: {
  mailboxes: MailboxNode[];
  lang: Lang;
  /** The server's hierarchy delimiter, for names typed as paths. */
  delimiter: string;
}) {
  const m = mailboxLabels(lang);
  return (
    <nav aria-label={t(lang).mailboxes.label} className="px-2 py-3">
      <MailboxHierarchyProvider lang={lang} delimiter={delimiter} paths={flatPaths(mailboxes)}>
        <ul className="space-y-px">
          {mailboxes.map((mailbox) => (
            <MailboxTreeItem key={mailbox.path} mailbox={mailbox} lang={lang} />
          ))}
          <OutboxFolder lang={lang} />
        </ul>
        <div className="mt-3 space-y-px border-t border-gray-200 pt-3">
          <NewMailboxButton className={footerRowClass} />
          <Link href="/settings/mailboxes" prefetch={false} className={footerRowClass}>
            <Icon name="mailbox" className="size-4 text-gray-500" />
            <span className="min-w-0 flex-1 truncate">{m.manage}</span>
          </Link>
        </div>
      </MailboxHierarchyProvider>
    </nav>
  );
}
