import Link from "next/link";
import { MailboxActionsMenu } from "@/components/mailbox/mailbox-actions-menu";
import { MailboxAnnouncer } from "@/components/mailbox/mailbox-announcer";
import { MailboxHierarchyProvider } from "@/components/mailbox/mailbox-hierarchy";
import { NewMailboxButton } from "@/components/mailbox/new-mailbox-button";
import { SubscribeSwitch } from "@/components/mailbox/subscribe-switch";
import { Icon } from "@/components/ui/icon";
import type { Lang } from "@/lib/i18n/lang";
import { mailboxDisplayName } from "@/lib/i18n/mailbox-display-name";
import { mailboxLabels } from "@/lib/i18n/mailbox-labels";
import { mailboxHref } from "@/lib/mail/mail-urls";
import type { MailboxNode } from "@/lib/mail/types";

function flatten(nodes: MailboxNode[]): MailboxNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

/**
 * Every mailbox on the server (LIST, subscribed or not) with its subscription switch and the
 * same folder actions as the nav. Special-use mailboxes are always shown in the nav.
 */
export function MailboxManager({
  tree,
  lang,
  delimiter,
}: {
  tree: MailboxNode[];
  lang: Lang;
  delimiter: string;
}) {
  const m = mailboxLabels(lang);
  const rows = flatten(tree);
  return (
    <MailboxHierarchyProvider lang={lang} delimiter={delimiter} paths={rows.map((r) => r.path)}>
      <MailboxAnnouncer>
        <ul aria-label={m.manage} className="divide-y divide-gray-100">
          {rows.map((mailbox) => {
            const name = mailboxDisplayName(mailbox, lang);
            return (
              <li key={mailbox.path} className="flex min-h-12 items-center gap-2 pr-1">
                <span
                  className="flex min-w-0 flex-1 items-center gap-2.5 text-sm"
                  style={{ paddingInlineStart: `${0.75 + mailbox.depth * 1}rem` }}
                  // The full path of a nested folder; Inbox and the special folders go by their name.
                  title={
                    mailbox.role || mailbox.path.toUpperCase() === "INBOX"
                      ? undefined
                      : mailbox.path
                  }
                >
                  <Icon name={mailbox.role ?? "mailbox"} className="size-4 text-gray-500" />
                  {mailbox.selectable ? (
                    <Link
                      href={mailboxHref(mailbox.path)}
                      prefetch={false}
                      className="min-w-0 truncate text-gray-900 hover:underline"
                    >
                      {name}
                    </Link>
                  ) : (
                    <span className="min-w-0 truncate text-gray-600">{name}</span>
                  )}
                </span>
                {mailbox.role ? (
                  <span className="px-2 text-xs text-gray-600">{m.alwaysShown}</span>
                ) : (
                  <SubscribeSwitch path={mailbox.path} subscribed={mailbox.subscribed} />
                )}
                <span className="flex size-11 shrink-0 items-center justify-center md:size-8">
                  <MailboxActionsMenu
                    path={mailbox.path}
                    name={name}
                    role={mailbox.role}
                    messages={mailbox.messages}
                  />
                </span>
              </li>
            );
          })}
        </ul>
        <div className="border-t border-gray-200 p-2">
          <NewMailboxButton className="flex min-h-11 items-center gap-2.5 rounded-md px-2 text-sm text-gray-800 hover:bg-gray-100 md:min-h-9" />
        </div>
      </MailboxAnnouncer>
    </MailboxHierarchyProvider>
  );
}
