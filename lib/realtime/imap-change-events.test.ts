import { describe, expect, it } from "vitest";
import { diffMailboxes, newUids, toFlagsEvent } from "@/lib/realtime/imap-change-events";

const listed = (counts: Record<string, [number, number] | null>) =>
  Object.entries(counts).map(([path, c]) => ({
    path,
    status: c ? { messages: c[0], unseen: c[1] } : undefined,
  }));

describe("toFlagsEvent", () => {
  it("carries the UID and the sorted flags, without the session-only \\Recent", () => {
    expect(
      toFlagsEvent({ path: "INBOX", uid: 9, flags: new Set(["\\Seen", "\\Answered", "\\Recent"]) }),
    ).toEqual({ type: "flags", mailbox: "INBOX", uid: 9, flags: ["\\Answered", "\\Seen"] });
  });

  it("gives up without a UID (a sequence number never leaves lib/imap)", () => {
    expect(toFlagsEvent({ path: "INBOX", flags: new Set() })).toBeNull();
  });
});

describe("diffMailboxes", () => {
  it("only takes a baseline the first time", () => {
    const { known, events } = diffMailboxes(null, listed({ INBOX: [3, 1], Sent: [9, 0] }));
    expect(events).toEqual([]);
    expect(known.paths).toEqual(["INBOX", "Sent"]);
  });

  it("publishes counts only for mailboxes whose numbers changed", () => {
    const { known } = diffMailboxes(null, listed({ INBOX: [3, 1], Sent: [9, 0], Work: [2, 2] }));
    const { events } = diffMailboxes(known, listed({ INBOX: [3, 1], Sent: [10, 0], Work: [2, 1] }));
    expect(events).toEqual([
      { type: "counts", mailbox: "Sent", messages: 10, unseen: 0 },
      { type: "counts", mailbox: "Work", messages: 2, unseen: 1 },
    ]);
  });

  it("says `mailboxes` when a mailbox appears or goes, \\Noselect ones included", () => {
    const { known } = diffMailboxes(null, listed({ INBOX: [1, 0], Parent: null }));
    const renamed = diffMailboxes(known, listed({ INBOX: [1, 0], Renamed: null }));
    expect(renamed.events).toEqual([{ type: "mailboxes" }]);
    const added = diffMailboxes(
      renamed.known,
      listed({ INBOX: [1, 0], Renamed: null, New: [0, 0] }),
    );
    expect(added.events).toEqual([
      { type: "mailboxes" },
      { type: "counts", mailbox: "New", messages: 0, unseen: 0 },
    ]);
  });
});

describe("newUids", () => {
  it("keeps the UIDs from UIDNEXT on, once each, ascending", () => {
    // `12:*` always includes the highest UID, even one below 12 (RFC 3501 §6.4.8).
    expect(newUids([11], 12)).toEqual([]);
    expect(newUids([14, 12, 12, 13], 12)).toEqual([12, 13, 14]);
  });
});
