import { beforeEach, describe, expect, it } from "vitest";
import { envelopeCache } from "@/components/message-list/envelope-cache";
import type { Envelope, EnvelopePage } from "@/lib/mail/types";

const envelope = (uid: number, flags: Envelope["flags"] = []): Envelope =>
  ({ uid, flags, subject: `Message ${uid}` }) as Envelope;

function page(mailbox: string, number: number, uids: number[], uidValidity = "7"): EnvelopePage {
  return {
    mailbox,
    uidValidity,
    total: 120,
    page: number,
    pageCount: 3,
    pageSize: 50,
    envelopes: uids.map((uid) => envelope(uid)),
  };
}

/** A page of conversation rows, each with a reply of the user's in Sent (UID 40). */
function conversations(mailbox: string, uids: number[]): EnvelopePage {
  return {
    ...page(mailbox, 1, uids),
    threads: uids.map((uid) => ({
      uid,
      count: 2,
      participants: [],
      date: now,
      hasAttachments: false,
      members: [
        { mailbox: "Sent", uid: 40, flags: ["\\Seen"] },
        { mailbox, uid, flags: [] },
      ],
    })),
  };
}

const now = "2026-11-28T12:00:00.000Z";

describe("the tab's envelope cache", () => {
  beforeEach(() => envelopeCache.clear());

  it("keeps pages per account, so another sign-in in the tab sees none of them", () => {
    envelopeCache.put("alice@example.test", 1, page("INBOX", 1, [3, 2, 1]), now);
    expect(
      envelopeCache.get("alice@example.test", "INBOX", 1, "messages")?.page.envelopes,
    ).toHaveLength(3);
    expect(envelopeCache.get("bob@example.test", "INBOX", 1, "messages")).toBeUndefined();
  });

  it("files a page past the end under the page asked for", () => {
    envelopeCache.put("a", 9, page("INBOX", 3, [1]), now);
    expect(envelopeCache.get("a", "INBOX", 9, "messages")?.page.page).toBe(3);
  });

  it("patches flags from a live event into every cached page holding the message", () => {
    envelopeCache.put("a", 1, page("INBOX", 1, [3, 2, 1]), now);
    envelopeCache.applyEvent({ type: "flags", mailbox: "INBOX", uid: 2, flags: ["\\Seen"] });
    const cached = envelopeCache.get("a", "INBOX", 1, "messages");
    expect(cached?.page.envelopes.find((e) => e.uid === 2)?.flags).toEqual(["\\Seen"]);
    expect(cached?.stale).toBe(false);
  });

  it("marks a mailbox's pages stale when mail arrives or leaves, and no other mailbox's", () => {
    envelopeCache.put("a", 1, page("INBOX", 1, [3]), now);
    envelopeCache.put("a", 1, page("Archive", 1, [9]), now);
    envelopeCache.applyEvent({ type: "expunged", mailbox: "INBOX", uids: [3] });
    expect(envelopeCache.get("a", "INBOX", 1, "messages")?.stale).toBe(true);
    expect(envelopeCache.get("a", "Archive", 1, "messages")?.stale).toBe(false);
    envelopeCache.applyEvent({ type: "resync", mailbox: null });
    expect(envelopeCache.get("a", "Archive", 1, "messages")?.stale).toBe(true);
  });

  it("forgets a mailbox's pages when its UIDVALIDITY changes (their UIDs mean nothing now)", () => {
    envelopeCache.put("a", 2, page("INBOX", 2, [50], "7"), now);
    envelopeCache.put("a", 1, page("INBOX", 1, [1], "8"), now);
    expect(envelopeCache.get("a", "INBOX", 2, "messages")).toBeUndefined();
    expect(envelopeCache.get("a", "INBOX", 1, "messages")?.page.uidValidity).toBe("8");
  });

  it("names the UIDVALIDITY a mailbox's UIDs were read under (kept with offline actions)", () => {
    envelopeCache.put("a", 1, page("Work", 1, [4], "12"), now);
    expect(envelopeCache.uidValidityOf("Work")).toBe("12");
    expect(envelopeCache.uidValidityOf("Nowhere")).toBeUndefined();
  });

  it("tells a page it was handed from one it has never seen", () => {
    const fromServer = page("INBOX", 1, [1]);
    expect(envelopeCache.holds(fromServer)).toBe(false);
    envelopeCache.put("a", 1, fromServer, now);
    expect(envelopeCache.holds(fromServer)).toBe(true);
  });

  it("never serves a page of conversations for a page of messages, nor the reverse", () => {
    envelopeCache.put("a", 1, page("INBOX", 1, [3, 2, 1]), now);
    envelopeCache.put("a", 1, conversations("INBOX", [3]), now);
    expect(envelopeCache.get("a", "INBOX", 1, "messages")?.page.envelopes).toHaveLength(3);
    expect(envelopeCache.get("a", "INBOX", 1, "conversations")?.page.envelopes).toHaveLength(1);
  });

  it("patches the flags of a conversation's message, also one kept in Sent", () => {
    envelopeCache.put("a", 1, conversations("INBOX", [3]), now);
    envelopeCache.applyEvent({ type: "flags", mailbox: "Sent", uid: 40, flags: ["\\Flagged"] });
    const thread = envelopeCache.get("a", "INBOX", 1, "conversations")?.page.threads?.[0];
    expect(thread?.members).toContainEqual({ mailbox: "Sent", uid: 40, flags: ["\\Flagged"] });
  });

  it("marks conversation pages stale when mail arrives in Sent (a reply may join them)", () => {
    envelopeCache.put("a", 1, page("INBOX", 1, [3]), now);
    envelopeCache.put("a", 1, conversations("INBOX", [3]), now);
    envelopeCache.applyEvent({ type: "added", mailbox: "Sent", uids: [41] });
    expect(envelopeCache.get("a", "INBOX", 1, "messages")?.stale).toBe(false);
    expect(envelopeCache.get("a", "INBOX", 1, "conversations")?.stale).toBe(true);
  });

  it("tells its subscribers about every change", () => {
    let calls = 0;
    const unsubscribe = envelopeCache.subscribe(() => (calls += 1));
    envelopeCache.put("a", 1, page("INBOX", 1, [1]), now);
    envelopeCache.applyEvent({ type: "added", mailbox: "INBOX", uids: [2] });
    unsubscribe();
    envelopeCache.markAllStale();
    expect(calls).toBe(2);
  });
});
