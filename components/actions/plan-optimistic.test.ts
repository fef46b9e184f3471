import { describe, expect, it } from "vitest";
import { planOptimistic, type PlanContext } from "@/components/actions/plan-optimistic";

const context: PlanContext = {
  unseenOf: (mailbox) => ({ INBOX: 10, Archive: 2, Trash: 0 })[mailbox],
  messagesOf: (mailbox) => ({ INBOX: 40 })[mailbox],
  archive: "Archive",
  trash: "Trash",
};
const rows = [
  { uid: 1, unread: true },
  { uid: 2, unread: false },
];

describe("planOptimistic", () => {
  it("marks rows read and lowers the count by the unread ones", () => {
    const changes = planOptimistic(
      { mailbox: "INBOX", target: { uids: [1, 2] }, action: { type: "seen", value: true } },
      rows,
      context,
    );
    expect(changes).toEqual([
      { kind: "flags", mailbox: "INBOX", uid: 1, seen: true },
      { kind: "flags", mailbox: "INBOX", uid: 2, seen: true },
      { kind: "count", mailbox: "INBOX", unseen: 9 },
    ]);
  });

  it("marks a whole mailbox unread: every message counts", () => {
    const changes = planOptimistic(
      { mailbox: "INBOX", target: { all: true }, action: { type: "seen", value: false } },
      rows,
      context,
    );
    expect(changes.at(-1)).toEqual({ kind: "count", mailbox: "INBOX", unseen: 40 });
  });

  it("flags without touching counts", () => {
    const changes = planOptimistic(
      { mailbox: "INBOX", target: { uids: [2] }, action: { type: "flagged", value: true } },
      [{ uid: 2, unread: false }],
      context,
    );
    expect(changes).toEqual([{ kind: "flags", mailbox: "INBOX", uid: 2, flagged: true }]);
  });

  it("archives: hides the rows and moves their unread count along", () => {
    const changes = planOptimistic(
      { mailbox: "INBOX", target: { uids: [1, 2] }, action: { type: "archive" } },
      rows,
      context,
    );
    expect(changes).toEqual([
      { kind: "hide", mailbox: "INBOX", uid: 1 },
      { kind: "hide", mailbox: "INBOX", uid: 2 },
      { kind: "count", mailbox: "INBOX", unseen: 9 },
      { kind: "count", mailbox: "Archive", unseen: 3 },
    ]);
  });

  it("deletes inside Trash for good: nowhere to count them", () => {
    const changes = planOptimistic(
      { mailbox: "Trash", target: { uids: [5] }, action: { type: "delete" } },
      [{ uid: 5, unread: false }],
      context,
    );
    expect(changes).toEqual([
      { kind: "hide", mailbox: "Trash", uid: 5 },
      { kind: "count", mailbox: "Trash", unseen: 0 },
    ]);
  });

  it("moves a whole mailbox: the source is empty of unread", () => {
    const changes = planOptimistic(
      { mailbox: "INBOX", target: { all: true }, action: { type: "move", to: "Archive" } },
      rows,
      context,
    );
    expect(changes.slice(2)).toEqual([
      { kind: "count", mailbox: "INBOX", unseen: 0 },
      { kind: "count", mailbox: "Archive", unseen: 12 },
    ]);
  });
});
