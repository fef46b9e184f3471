import { describe, expect, it } from "vitest";
import {
  confirm,
  emptyOverlay,
  eventChanges,
  messageKey,
  pending,
  rollBack,
  settle,
  writeOverlay,
} from "@/components/live/overlay";

const key = messageKey("INBOX", 7);

describe("the live overlay", () => {
  it("merges flag changes into what the entry already says", () => {
    let { overlay } = writeOverlay(
      emptyOverlay,
      eventChanges({ type: "flags", mailbox: "INBOX", uid: 7, flags: ["\\Flagged"] }),
      1,
    );
    ({ overlay } = writeOverlay(
      overlay,
      [{ kind: "flags", mailbox: "INBOX", uid: 7, seen: true }],
      2,
    ));
    expect(overlay.flags.get(key)).toEqual({ seen: true, flagged: true, stamp: 2 });
  });

  it("keeps a mailbox's last known total under an optimistic unread count", () => {
    let { overlay } = writeOverlay(
      emptyOverlay,
      eventChanges({ type: "counts", mailbox: "Trash", unseen: 0, messages: 4 }),
      1,
    );
    ({ overlay } = writeOverlay(overlay, [{ kind: "count", mailbox: "Trash", unseen: 1 }], 2));
    expect(overlay.counts.get("Trash")).toEqual({ unseen: 1, messages: 4, stamp: 2 });
  });

  it("rolls an optimistic write back to what was there before", () => {
    const before = writeOverlay(
      emptyOverlay,
      [{ kind: "count", mailbox: "INBOX", unseen: 5 }],
      1,
    ).overlay;
    const { overlay, written } = writeOverlay(
      before,
      [
        { kind: "hide", mailbox: "INBOX", uid: 7 },
        { kind: "count", mailbox: "INBOX", unseen: 4 },
      ],
      pending,
    );
    const back = rollBack(overlay, written);
    expect(back.hidden.has(key)).toBe(false);
    expect(back.counts.get("INBOX")).toEqual({ unseen: 5, stamp: 1 });
  });

  it("keeps a later event's entry when rolling back", () => {
    const { overlay, written } = writeOverlay(
      emptyOverlay,
      [{ kind: "count", mailbox: "INBOX", unseen: 4 }],
      pending,
    );
    const later = writeOverlay(
      overlay,
      [{ kind: "count", mailbox: "INBOX", unseen: 9 }],
      3,
    ).overlay;
    expect(rollBack(later, written).counts.get("INBOX")?.unseen).toBe(9);
  });

  it("settles only confirmed entries older than the refresh", () => {
    const optimistic = writeOverlay(
      emptyOverlay,
      [{ kind: "hide", mailbox: "INBOX", uid: 7 }],
      pending,
    );
    const withEvent = writeOverlay(
      optimistic.overlay,
      [{ kind: "count", mailbox: "Work", unseen: 2 }],
      4,
    ).overlay;
    // A refresh that started at 5 cannot drop what the server has not confirmed yet.
    expect(settle(withEvent, 5).hidden.has(key)).toBe(true);
    expect(settle(withEvent, 5).counts.has("Work")).toBe(false);
    const confirmed = confirm(withEvent, optimistic.written, 6);
    expect(settle(confirmed, 6).hidden.has(key)).toBe(true);
    expect(settle(confirmed, 7).hidden.has(key)).toBe(false);
  });

  it("returns the same overlay when nothing settles", () => {
    const { overlay } = writeOverlay(emptyOverlay, [{ kind: "hide", mailbox: "INBOX", uid: 7 }], 9);
    expect(settle(overlay, 9)).toBe(overlay);
  });

  it("turns events into changes", () => {
    expect(eventChanges({ type: "expunged", mailbox: "INBOX", uids: [1, 2] })).toEqual([
      { kind: "hide", mailbox: "INBOX", uid: 1 },
      { kind: "hide", mailbox: "INBOX", uid: 2 },
    ]);
    expect(eventChanges({ type: "counts", mailbox: "INBOX", unseen: 3, messages: 9 })).toEqual([
      { kind: "count", mailbox: "INBOX", unseen: 3, messages: 9 },
    ]);
    expect(eventChanges({ type: "added", mailbox: "INBOX", uids: [3] })).toEqual([]);
  });
});
