import type { FetchMessageObject } from "imapflow";
import { describe, expect, it } from "vitest";
import { completeMessages } from "@/lib/imap/complete-messages";

const answer = (uid: number, flags: string[]) =>
  ({
    seq: uid,
    uid,
    flags: new Set(flags),
    envelope: { subject: `Message ${uid}` },
  }) as FetchMessageObject;
const flagsOnly = (uid: number, flags: string[]) =>
  ({ seq: uid, uid, flags: new Set(flags) }) as FetchMessageObject;

describe("completeMessages", () => {
  it("keeps one message per UID, with the envelope of the answer and the newest flags", () => {
    const messages = completeMessages([
      answer(1, []),
      answer(2, []),
      flagsOnly(2, ["\\Seen", "\\Flagged"]),
    ]);
    expect(messages.map((m) => m.uid)).toEqual([1, 2]);
    expect(messages[1]?.envelope?.subject).toBe("Message 2");
    expect([...(messages[1]?.flags ?? [])]).toEqual(["\\Seen", "\\Flagged"]);
  });

  it("takes the answer's flags when another session's change arrived before it", () => {
    const messages = completeMessages([flagsOnly(3, ["\\Seen"]), answer(3, [])]);
    expect(messages).toHaveLength(1);
    expect([...(messages[0]?.flags ?? [])]).toEqual([]);
  });

  it("drops a flags-only report of a message the answer did not include", () => {
    expect(completeMessages([flagsOnly(4, ["\\Seen"])])).toEqual([]);
  });
});
