import { describe, expect, it } from "vitest";
import { mergeNewestFirst } from "@/lib/search/merge-newest-first";

const hit = (mailbox: string, uid: number, date: number) => ({ mailbox, uid, date });

describe("mergeNewestFirst", () => {
  it("interleaves mailboxes by date, keeping each mailbox's own order", () => {
    const inbox = [hit("INBOX", 9, 900), hit("INBOX", 5, 500), hit("INBOX", 2, 200)];
    const sent = [hit("Sent", 4, 700), hit("Sent", 3, 100)];
    expect(mergeNewestFirst([inbox, sent], 10).map((h) => `${h.mailbox}:${h.uid}`)).toEqual([
      "INBOX:9",
      "Sent:4",
      "INBOX:5",
      "INBOX:2",
      "Sent:3",
    ]);
  });

  it("stops at the limit and copes with empty lists", () => {
    expect(mergeNewestFirst([[], [hit("A", 1, 1), hit("A", 0, 0)]], 1)).toHaveLength(1);
    expect(mergeNewestFirst([], 5)).toEqual([]);
  });
});
