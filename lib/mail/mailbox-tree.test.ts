import { describe, expect, it } from "vitest";
import { buildMailboxTree } from "@/lib/mail/mailbox-tree";
import type { Mailbox, MailboxNode, MailboxRole } from "@/lib/mail/types";

function mailbox(path: string, role: MailboxRole | null = null, delimiter = "/"): Mailbox {
  const cut = path.lastIndexOf(delimiter);
  return {
    path,
    name: cut === -1 ? path : path.slice(cut + 1),
    parentPath: cut === -1 ? null : path.slice(0, cut),
    delimiter,
    role,
    selectable: true,
    subscribed: true,
    unseen: 0,
    messages: 0,
  };
}

/** The tree as indented lines "depth:path", the way the sidebar reads. */
function outline(nodes: MailboxNode[]): string[] {
  return nodes.flatMap((node) => [`${node.depth}:${node.path}`, ...outline(node.children)]);
}

describe("buildMailboxTree", () => {
  it("puts the Inbox and the special-use mailboxes first, in the expected order", () => {
    const tree = buildMailboxTree([
      mailbox("Projects"),
      mailbox("Trash", "trash"),
      mailbox("Archive", "archive"),
      mailbox("Sent", "sent"),
      mailbox("Junk", "junk"),
      mailbox("Drafts", "drafts"),
      mailbox("INBOX", "inbox"),
      mailbox("Accounts"),
    ]);
    expect(tree.map((node) => node.path)).toEqual([
      "INBOX",
      "Drafts",
      "Sent",
      "Archive",
      "Junk",
      "Trash",
      "Accounts",
      "Projects",
    ]);
  });

  it("recognizes INBOX by name even without a role, in any case (RFC 3501)", () => {
    const tree = buildMailboxTree([
      mailbox("Alpha"),
      mailbox("inbox"),
      mailbox("Drafts", "drafts"),
    ]);
    expect(tree.map((node) => node.path)).toEqual(["inbox", "Drafts", "Alpha"]);
  });

  it("nests children under their parents, sorted by name, with their depth", () => {
    const tree = buildMailboxTree([
      mailbox("Work/Clients/Zeta"),
      mailbox("Work"),
      mailbox("Work/Clients"),
      mailbox("Work/Admin"),
      mailbox("Work/Clients/Acme"),
      mailbox("INBOX", "inbox"),
    ]);
    expect(outline(tree)).toEqual([
      "0:INBOX",
      "0:Work",
      "1:Work/Admin",
      "1:Work/Clients",
      "2:Work/Clients/Acme",
      "2:Work/Clients/Zeta",
    ]);
  });

  it("keeps a mailbox whose parent is missing at the top level", () => {
    const tree = buildMailboxTree([mailbox("Lists/rust-users"), mailbox("INBOX", "inbox")]);
    expect(outline(tree)).toEqual(["0:INBOX", "0:Lists/rust-users"]);
    expect(tree[1]?.name).toBe("rust-users");
  });

  it("orders special mailboxes first under an INBOX. namespace too", () => {
    const tree = buildMailboxTree([
      mailbox("INBOX", "inbox", "."),
      mailbox("INBOX.Family", null, "."),
      mailbox("INBOX.Trash", "trash", "."),
      mailbox("INBOX.Sent", "sent", "."),
      mailbox("INBOX.Drafts", "drafts", "."),
    ]);
    expect(outline(tree)).toEqual([
      "0:INBOX",
      "1:INBOX.Drafts",
      "1:INBOX.Sent",
      "1:INBOX.Trash",
      "1:INBOX.Family",
    ]);
  });

  it("sorts names the way people read them: case-insensitive, numbers by value, any script", () => {
    const tree = buildMailboxTree([
      mailbox("report 10"),
      mailbox("Report 2"),
      mailbox("banana"),
      mailbox("Apple"),
    ]);
    expect(tree.map((node) => node.name)).toEqual(["Apple", "banana", "Report 2", "report 10"]);
  });

  it("keeps the mailbox data (counts, selectable) on each node", () => {
    const tree = buildMailboxTree([
      { ...mailbox("INBOX", "inbox"), unseen: 3, messages: 10 },
      { ...mailbox("Folders"), selectable: false },
    ]);
    expect(tree[0]).toMatchObject({
      path: "INBOX",
      unseen: 3,
      messages: 10,
      depth: 0,
      children: [],
    });
    expect(tree[1]).toMatchObject({ path: "Folders", selectable: false });
  });

  it("does not hang or lose mailboxes when the server reports a parent loop", () => {
    const a = { ...mailbox("A"), parentPath: "B" };
    const b = { ...mailbox("B"), parentPath: "A" };
    const self = { ...mailbox("C"), parentPath: "C" };
    const tree = buildMailboxTree([a, b, self]);
    expect(
      outline(tree)
        .map((line) => line.slice(2))
        .sort(),
    ).toEqual(["A", "B", "C"]);
  });

  it("lists a duplicated path once", () => {
    expect(buildMailboxTree([mailbox("INBOX", "inbox"), mailbox("INBOX", "inbox")])).toHaveLength(
      1,
    );
  });

  it("returns an empty tree for no mailboxes", () => {
    expect(buildMailboxTree([])).toEqual([]);
  });
});
