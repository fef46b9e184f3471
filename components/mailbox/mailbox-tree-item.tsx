import { MailboxActionsMenu } from "@/components/mailbox/mailbox-actions-menu";
import { MailboxLink } from "@/components/mailbox/mailbox-link";
import { Icon, type IconName } from "@/components/ui/icon";
import type { Lang } from "@/lib/i18n/lang";
import { mailboxDisplayName } from "@/lib/i18n/mailbox-display-name";
import { t } from "@/lib/i18n/messages";
import type { MailboxNode } from "@/lib/mail/types";

const rowClass =
  "flex min-h-11 min-w-0 flex-1 items-center gap-2.5 rounded-md pr-2 text-[0.9375rem] md:min-h-8 md:text-sm";

// With a mouse the folder menu shows on hover or focus; a finger finds it always there.
const menuClass =
  "pointer-fine:opacity-0 pointer-fine:group-focus-within:opacity-100 pointer-fine:group-hover:opacity-100 pointer-fine:aria-expanded:opacity-100";

/** One mailbox (with its folder actions) and, beneath it, its children, indented by depth. */
export function MailboxTreeItem({ mailbox, lang }: { mailbox: MailboxNode; lang: Lang }) {
  const name = mailboxDisplayName(mailbox, lang);
  const icon: IconName = mailbox.role ?? "mailbox";
  const indent = { paddingInlineStart: `${0.5 + mailbox.depth * 1}rem` };
  // The full path tells "Work/Reports" from "Personal/Reports"; a truncated name shows whole on hover.
  const title = mailbox.role ? name : mailbox.path;

  return (
    <li>
      <div className="group flex items-center">
        {mailbox.selectable ? (
          <MailboxLink
            path={mailbox.path}
            unseen={mailbox.unseen}
            unreadLabel={t(lang).mailboxes.unread}
            title={title}
            style={indent}
            className={rowClass}
            currentClassName="bg-ink-100 text-ink-900 font-semibold"
          >
            <MailboxLabel name={name} icon={icon} />
          </MailboxLink>
        ) : (
          <span style={indent} title={title} className={`${rowClass} text-gray-500`}>
            <MailboxLabel name={name} icon={icon} />
          </span>
        )}
        <MailboxActionsMenu
          path={mailbox.path}
          name={name}
          role={mailbox.role}
          messages={mailbox.messages}
          className={menuClass}
        />
      </div>
      {mailbox.children.length > 0 && (
        <ul className="space-y-px">
          {mailbox.children.map((child) => (
            <MailboxTreeItem key={child.path} mailbox={child} lang={lang} />
          ))}
        </ul>
      )}
    </li>
  );
}

function MailboxLabel({ name, icon }: { name: string; icon: IconName }) {
  return (
    <>
      <Icon name={icon} className="size-4 text-gray-500" />
      <span className="min-w-0 flex-1 truncate">{name}</span>
    </>
  );
}
