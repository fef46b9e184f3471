import { describe, expect, it } from "vitest";
import type { MailAction } from "@/lib/api/mail-action";
import { coalesceActions } from "@/lib/offline/coalesce-actions";
import type { QueuedAction } from "@/lib/offline/queued-action";

let seq = 0;
function queued(request: MailAction): QueuedAction {
  seq += 1;
  return { id: `a${seq}`, seq, request, queuedAt: 0 };
}
const seen = (uids: number[], value: boolean, mailbox = "INBOX"): MailAction => ({
  mailbox,
  target: { uids },
  action: { type: "seen", value },
});
const flagged = (uids: number[], value: boolean): MailAction => ({
  mailbox: "INBOX",
  target: { uids },
  action: { type: "flagged", value },
});
const requests = (queue: QueuedAction[]) => queue.map((entry) => entry.request);

describe("coalesceActions", () => {
  it("keeps only the last word on a message's flag: read then unread is unread", () => {
    const queue = coalesceActions([queued(seen([4], true))], queued(seen([4], false)));
    expect(requests(queue)).toEqual([seen([4], false)]);
  });

  it("drops only the messages decided again", () => {
    const queue = coalesceActions([queued(seen([1, 2, 3], true))], queued(seen([2], false)));
    expect(requests(queue)).toEqual([seen([1, 3], true), seen([2], false)]);
  });

  it("leaves other flags and other mailboxes alone", () => {
    const start = [queued(flagged([2], true)), queued(seen([2], true, "Work"))];
    const queue = coalesceActions(start, queued(seen([2], false)));
    expect(requests(queue)).toEqual([
      flagged([2], true),
      seen([2], true, "Work"),
      seen([2], false),
    ]);
  });

  it("does not reach past a move in the same mailbox (UIDs may mean other messages)", () => {
    const move: MailAction = {
      mailbox: "INBOX",
      target: { uids: [9] },
      action: { type: "delete" },
    };
    const start = [queued(seen([2], true)), queued(move)];
    const queue = coalesceActions(start, queued(seen([2], false)));
    expect(requests(queue)).toEqual([seen([2], true), move, seen([2], false)]);
  });

  it("lets a change of every message replace earlier ones of the same flag", () => {
    const all: MailAction = {
      mailbox: "INBOX",
      target: { all: true },
      action: { type: "seen", value: true },
    };
    const queue = coalesceActions(
      [queued(seen([1], false)), queued(flagged([1], true))],
      queued(all),
    );
    expect(requests(queue)).toEqual([flagged([1], true), all]);
  });

  it("never merges moves", () => {
    const move: MailAction = {
      mailbox: "INBOX",
      target: { uids: [3] },
      action: { type: "archive" },
    };
    const queue = coalesceActions([queued(move)], queued(move));
    expect(queue).toHaveLength(2);
  });
});
