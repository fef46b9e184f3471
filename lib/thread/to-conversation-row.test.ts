import { describe, expect, it } from "vitest";
import type { Envelope } from "@/lib/mail/types";
import { buildThreads } from "@/lib/thread/build-threads";
import { threadClues } from "@/lib/thread/thread-clues";
import { threadKey, type ThreadMessage } from "@/lib/thread/thread-message";
import { toConversationRow } from "@/lib/thread/to-conversation-row";

function message(
  mailbox: string,
  uid: number,
  minute: number,
  from: string,
  options: { id?: string; refs?: string[]; flags?: string[]; subject?: string } = {},
): ThreadMessage {
  const date = Date.UTC(2026, 10, 1, 9, minute);
  const envelope: Envelope = {
    uid,
    messageId: options.id ?? null,
    subject: options.subject ?? "Budget",
    from: [{ name: from, address: `${from.toLowerCase()}@example.test` }],
    to: [],
    cc: [],
    date: new Date(date).toISOString(),
    flags: options.flags ?? ["\\Seen"],
    size: 100,
    hasAttachments: from === "Carol",
  };
  return {
    key: threadKey(mailbox, uid),
    messageId: envelope.messageId,
    references: options.refs ?? [],
    subject: envelope.subject,
    date,
    mailbox,
    uidValidity: "1",
    envelope,
  };
}

const thread = [
  message("INBOX", 10, 1, "Bob", { id: "<1@x>" }),
  message("Sent", 3, 2, "Heidi", { id: "<2@x>", refs: ["<1@x>"] }),
  message("INBOX", 12, 3, "Carol", { id: "<3@x>", refs: ["<1@x>", "<2@x>"], flags: [] }),
  // The same message delivered to INBOX and kept in Sent: counted once.
  message("INBOX", 13, 4, "Heidi", { id: "<4@x>", refs: ["<1@x>", "<3@x>"] }),
  message("Sent", 4, 4, "Heidi", { id: "<4@x>", refs: ["<1@x>", "<3@x>"] }),
];

describe("toConversationRow", () => {
  it("summarises a thread for the mailbox shown", () => {
    const [built] = buildThreads(thread);
    expect(toConversationRow(built!, "INBOX")).toMatchObject({
      threadId: "<1@x>",
      subject: "Budget",
      count: 4,
      participants: [
        { name: "Bob", address: "bob@example.test" },
        { name: "Heidi", address: "heidi@example.test" },
        { name: "Carol", address: "carol@example.test" },
      ],
      date: new Date(Date.UTC(2026, 10, 1, 9, 4)).toISOString(),
      unread: true,
      flagged: false,
      hasAttachments: true,
      uids: [13, 12, 10],
      latest: { mailbox: "INBOX", envelope: { uid: 13 } },
    });
  });

  it("has no row in a mailbox that holds none of the thread", () => {
    const [built] = buildThreads(thread);
    expect(toConversationRow(built!, "Archive")).toBeNull();
  });
});

describe("threadClues", () => {
  it("names roots, parents and ancestors, and the subjects of replies without links", () => {
    const orphan = message("INBOX", 20, 9, "Dan", { id: "<9@x>", subject: "Re: Lunch" });
    expect(threadClues([thread[2]!, orphan])).toEqual({
      ancestors: ["<1@x>", "<2@x>"],
      roots: ["<1@x>", "<9@x>"],
      parents: ["<3@x>", "<9@x>"],
      subjects: ["lunch"],
    });
    const deep = message("INBOX", 21, 9, "Dan", { id: "<5@x>", refs: ["<1@x>", "<2@x>", "<3@x>"] });
    expect(threadClues([deep], true).ancestors).toEqual(["<1@x>", "<2@x>", "<3@x>"]);
    // Opened, a conversation also looks for replies known only by its subject.
    expect(threadClues([deep], true).subjects).toEqual(["budget"]);
  });
});
