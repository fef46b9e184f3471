import { describe, expect, it } from "vitest";
import { replyRecipients } from "@/lib/compose/reply-recipients";

const a = (address: string, name = "") => ({ name, address });
const me = "carol@example.test";

describe("replyRecipients", () => {
  const original = {
    from: [a("ann@example.test", "Ann")],
    replyTo: [],
    to: [a("Carol@Example.test", "Carol"), a("bob@example.test")],
    cc: [a("dave@example.test"), a("ANN@example.test"), a("carol@example.test")],
  };

  it("replies to From", () => {
    expect(replyRecipients(original, "reply", [me])).toEqual({
      to: [a("ann@example.test", "Ann")],
      cc: [],
    });
  });

  it("prefers Reply-To", () => {
    const list = { ...original, replyTo: [a("list@example.test")] };
    expect(replyRecipients(list, "reply", [me]).to).toEqual([a("list@example.test")]);
  });

  it("replies to all without me and without duplicates, keeping Cc as Cc", () => {
    expect(replyRecipients(original, "replyAll", [me])).toEqual({
      to: [a("ann@example.test", "Ann"), a("bob@example.test")],
      cc: [a("dave@example.test")],
    });
  });

  it("answers the recipients of my own message", () => {
    const mine = {
      from: [a(me)],
      replyTo: [],
      to: [a("bob@example.test")],
      cc: [a("dave@example.test")],
    };
    expect(replyRecipients(mine, "reply", [me])).toEqual({ to: [a("bob@example.test")], cc: [] });
    expect(replyRecipients(mine, "replyAll", [me])).toEqual({
      to: [a("bob@example.test")],
      cc: [a("dave@example.test")],
    });
  });

  it("answers myself when I wrote only to me", () => {
    const note = { from: [a(me)], replyTo: [], to: [a(me)], cc: [] };
    expect(replyRecipients(note, "replyAll", [me])).toEqual({ to: [a(me)], cc: [] });
  });
});
