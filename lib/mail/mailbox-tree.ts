// Turns the flat LIST result into the tree the sidebar shows: the Inbox and the special-use
// mailboxes (RFC 6154) first, in the order people expect, then the user's own by name.
import type { Mailbox, MailboxNode, MailboxRole } from "@/lib/mail/types";

const roleOrder: Record<MailboxRole, number> = {
  inbox: 0,
  drafts: 1,
  sent: 2,
  archive: 3,
  junk: 4,
  trash: 5,
};

/** INBOX is case-insensitive (RFC 3501 §5.1), and servers do not always mark it with a role. */
function rank(mailbox: Mailbox): number {
  if (mailbox.role) return roleOrder[mailbox.role];
  return mailbox.path.toUpperCase() === "INBOX" ? roleOrder.inbox : Object.keys(roleOrder).length;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

function compare(a: MailboxNode, b: MailboxNode): number {
  return (
    rank(a) - rank(b) ||
    collator.compare(a.name, b.name) ||
    a.name.localeCompare(b.name) ||
    a.path.localeCompare(b.path)
  );
}

function sortAndSetDepth(nodes: MailboxNode[], depth: number): void {
  nodes.sort(compare);
  for (const node of nodes) {
    node.depth = depth;
    sortAndSetDepth(node.children, depth + 1);
  }
}

/** Would hanging `node` under `parent` close a loop (a server bug, but it must not hang us)? */
function createsCycle(
  node: MailboxNode,
  parent: MailboxNode,
  parentOf: Map<MailboxNode, MailboxNode>,
): boolean {
  for (
    let ancestor: MailboxNode | undefined = parent;
    ancestor;
    ancestor = parentOf.get(ancestor)
  ) {
    if (ancestor === node) return true;
  }
  return false;
}

/**
 * Nests mailboxes by `parentPath`; one whose parent is missing (not subscribed, or filtered
 * out) stays at the top level. Special-use mailboxes come first at every level, because with
 * an "INBOX." namespace Drafts, Sent and Trash are children of the Inbox.
 */
export function buildMailboxTree(mailboxes: Mailbox[]): MailboxNode[] {
  const byPath = new Map<string, MailboxNode>();
  for (const mailbox of mailboxes) {
    if (!byPath.has(mailbox.path)) byPath.set(mailbox.path, { ...mailbox, depth: 0, children: [] });
  }
  const parentOf = new Map<MailboxNode, MailboxNode>();
  const roots: MailboxNode[] = [];
  for (const node of byPath.values()) {
    const parent = node.parentPath === null ? undefined : byPath.get(node.parentPath);
    if (parent && !createsCycle(node, parent, parentOf)) {
      parentOf.set(node, parent);
      parent.children.push(node);
    } else {
      roots.push(node);
    }
  }
  sortAndSetDepth(roots, 0);
  return roots;
}
