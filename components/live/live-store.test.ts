import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLiveStore } from "@/components/live/live-store";
import { messageKey } from "@/components/live/overlay";

describe("the live store", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("says paused only after a lost connection lasts, and restored briefly after", () => {
    const store = createLiveStore();
    store.setConnection("live");
    store.setConnection("offline");
    expect(store.getSnapshot().notice).toBeNull();
    vi.advanceTimersByTime(2000);
    expect(store.getSnapshot().notice).toBe("paused");
    store.setConnection("live");
    expect(store.getSnapshot().notice).toBe("restored");
    vi.advanceTimersByTime(5000);
    expect(store.getSnapshot().notice).toBeNull();
  });

  it("says nothing about a blip", () => {
    const store = createLiveStore();
    store.setConnection("live");
    store.setConnection("offline");
    vi.advanceTimersByTime(500);
    store.setConnection("live");
    vi.advanceTimersByTime(5000);
    expect(store.getSnapshot().notice).toBeNull();
  });

  it("drops an event's entry once a refresh started after it has rendered", () => {
    const store = createLiveStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.applyEvent({ type: "expunged", mailbox: "INBOX", uids: [3] });
    const startedAt = store.tick();
    store.applyEvent({ type: "expunged", mailbox: "INBOX", uids: [4] });
    store.settle(startedAt);
    const hidden = store.getSnapshot().overlay.hidden;
    expect([hidden.has(messageKey("INBOX", 3)), hidden.has(messageKey("INBOX", 4))]).toEqual([
      false,
      true,
    ]);
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it("keeps an optimistic write through refreshes until it is confirmed", () => {
    const store = createLiveStore();
    const write = store.applyOptimistic([{ kind: "hide", mailbox: "INBOX", uid: 9 }]);
    store.settle(store.tick());
    expect(store.getSnapshot().overlay.hidden.size).toBe(1);
    store.confirm(write);
    store.settle(store.tick());
    expect(store.getSnapshot().overlay.hidden.size).toBe(0);
  });

  it("keeps an action queued offline shown over an older event, until it is replayed", () => {
    const store = createLiveStore();
    const key = messageKey("INBOX", 7);
    const write = store.applyOptimistic([{ kind: "flags", mailbox: "INBOX", uid: 7, seen: false }]);
    store.hold(write);
    // The echo of an earlier "read", on its way when the connection went.
    store.applyEvent({ type: "flags", mailbox: "INBOX", uid: 7, flags: ["\\Seen", "\\Flagged"] });
    expect(store.getSnapshot().overlay.flags.get(key)).toMatchObject({
      seen: false,
      flagged: true,
    });
    // Replayed: the server agreed, and the next refresh settles it.
    store.confirm(write);
    store.settle(store.tick());
    expect(store.getSnapshot().overlay.flags.has(key)).toBe(false);
    // Released: events are the truth again.
    store.applyEvent({ type: "flags", mailbox: "INBOX", uid: 7, flags: ["\\Seen"] });
    expect(store.getSnapshot().overlay.flags.get(key)).toMatchObject({ seen: true });
  });

  it("keeps an action queued offline shown over the late answer to an earlier action", () => {
    const store = createLiveStore();
    const key = messageKey("INBOX", 8);
    const read = store.applyOptimistic([{ kind: "flags", mailbox: "INBOX", uid: 8, seen: true }]);
    const unread = store.applyOptimistic([
      { kind: "flags", mailbox: "INBOX", uid: 8, seen: false },
    ]);
    store.hold(unread);
    // The answer to "read" (sent before the connection went) arrives after "unread" was queued.
    store.confirm(read);
    store.apply([{ kind: "flags", mailbox: "INBOX", uid: 8, seen: true }]);
    expect(store.getSnapshot().overlay.flags.get(key)).toMatchObject({ seen: false });
  });
});
