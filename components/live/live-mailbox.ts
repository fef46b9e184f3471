// What the live layer knows of each mailbox: built on the server from LIST + STATUS, read in the
// browser for the Move to… menu, the Trash confirmation and the counts an action adjusts.
import type { Lang } from "@/lib/i18n/lang";
import { mailboxDisplayName } from "@/lib/i18n/mailbox-display-name";
import type { Mailbox, MailboxNode, MailboxRole } from "@/lib/mail/types";

export interface LiveMailbox {
  path: string;
  /** The name shown: the role's name in the UI language, else the full path. */
  name: string;
  role: MailboxRole | null;
  selectable: boolean;
  unseen: number;
  messages: number;
}

function inboxRole(mailbox: Mailbox): MailboxRole | null {
  return mailbox.role ?? (mailbox.path.toUpperCase() === "INBOX" ? "inbox" : null);
}

/** The mailboxes in the sidebar's order (special ones first), flattened. */
export function toLiveMailboxes(tree: MailboxNode[], lang: Lang): LiveMailbox[] {
  return tree.flatMap((node) => {
    const role = inboxRole(node);
    const own: LiveMailbox = {
      path: node.path,
      name: role ? mailboxDisplayName({ role, name: node.name }, lang) : node.path,
      role,
      selectable: node.selectable,
      unseen: node.unseen,
      messages: node.messages,
    };
    return [own, ...toLiveMailboxes(node.children, lang)];
  });
}
