import { describe, expect, it } from "vitest";
import { buildThreads, type ThreadInput } from "@/lib/thread/build-threads";

let clock = 0;
function msg(
  key: string,
  references: string[] = [],
  subject = "Budget",
  messageId: string | null = `<${key}>`,
): ThreadInput {
  clock += 1000;
  return { key, messageId, references: references.map((r) => `<${r}>`), subject, date: clock };
}
const keys = (threads: { messages: ThreadInput[] }[]) =>
  threads.map((t) => t.messages.map((m) => m.key));

describe("buildThreads", () => {
  it("links a conversation by References and In-Reply-To, oldest message first", () => {
    const a = msg("a");
    const b = msg("b", ["a"], "Re: Budget");
    const c = msg("c", ["a", "b"], "Re: Budget");
    const d = msg("d", [], "Other");
    const threads = buildThreads([a, b, c, d]);
    expect(keys(threads)).toEqual([["d"], ["a", "b", "c"]]);
    expect(threads[1]!.id).toBe("<a>");
  });

  it("does not depend on the order messages arrive in", () => {
    const a = msg("a");
    const b = msg("b", ["a"]);
    const c = msg("c", ["a", "b"]);
    expect(keys(buildThreads([c, a, b]))).toEqual([["a", "b", "c"]]);
    expect(keys(buildThreads([b, c, a]))).toEqual([["a", "b", "c"]]);
  });

  it("keeps siblings together when their common parent is missing", () => {
    const b = msg("b", ["missing-root"]);
    const c = msg("c", ["missing-root", "b-missing"]);
    const threads = buildThreads([b, c]);
    expect(keys(threads)).toEqual([["b", "c"]]);
    expect(threads[0]!.id).toBe("<missing-root>");
  });

  it("survives reference loops and a message that references itself", () => {
    const a = msg("a", ["b"]);
    const b = msg("b", ["a"]);
    const self = msg("s", ["s"], "Self");
    const threads = buildThreads([a, b, self]);
    expect(keys(threads).map((t) => [...t].sort())).toEqual([["s"], ["a", "b"]]);
  });

  it("keeps both messages that share a Message-ID", () => {
    const original = msg("inbox-copy", [], "Budget", "<same>");
    const copy = msg("sent-copy", [], "Budget", "<same>");
    const reply = msg("r", ["same"], "Re: Budget");
    expect(keys(buildThreads([original, copy, reply]))).toEqual([["inbox-copy", "sent-copy", "r"]]);
  });

  it("joins a reply without references by its subject, and only a reply", () => {
    const a = msg("a", [], "[team] Budget 2026");
    const orphan = msg("o", [], "RE: [team] Budget 2026", null);
    const japanese = msg("j", [], "返信: Budget 2026");
    const same = msg("s", [], "Budget 2026");
    const threads = buildThreads([a, orphan, japanese, same]);
    expect(keys(threads).sort()).toEqual([["a", "o", "j"], ["s"]].sort());
  });

  it("never joins a reply by subject to a thread that began after it", () => {
    const reply = msg("r", [], "Re: Lunch");
    const later = msg("l", [], "Lunch");
    expect(keys(buildThreads([later, reply]))).toHaveLength(2);
  });

  it("orders threads by their newest message", () => {
    const a = msg("a");
    const x = msg("x", [], "X");
    const b = msg("b", ["a"]);
    expect(keys(buildThreads([a, x, b]))).toEqual([["a", "b"], ["x"]]);
  });
});

describe("thread ids", () => {
  it("names a thread whose root has no Message-ID by its printable key", () => {
    const [thread] = buildThreads([msg("INBOX\u000012", [], "No id", null)]);
    expect(thread!.id).toBe("INBOX#12");
  });
});
