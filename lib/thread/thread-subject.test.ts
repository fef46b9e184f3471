import { describe, expect, it } from "vitest";
import { threadSubject } from "@/lib/thread/thread-subject";
import { parseMessageIds } from "@/lib/thread/parse-message-ids";

describe("threadSubject", () => {
  it("strips reply and forward prefixes in many languages and list tags among them", () => {
    for (const subject of [
      "Re: Budget",
      "RE: Fwd: budget",
      "AW: Budget",
      "[dev] Re: Budget",
      "Re: [dev] Budget",
      "返信: Budget",
      "転送：Budget",
      "Re[2]: BUDGET",
      "Fw: Budget",
    ]) {
      expect(threadSubject(subject)).toEqual({ key: "budget", isReply: true });
    }
  });

  it("knows a subject that is no reply, and keeps a tag that is the whole subject", () => {
    expect(threadSubject("[dev] Budget")).toEqual({ key: "budget", isReply: false });
    expect(threadSubject("Budget")).toEqual({ key: "budget", isReply: false });
    expect(threadSubject("[WIP]")).toEqual({ key: "[wip]", isReply: false });
    expect(threadSubject("Ｒｅ： 請求書")).toEqual({ key: "請求書", isReply: true });
  });
});

describe("parseMessageIds", () => {
  it("reads ids in order and ignores comments", () => {
    expect(parseMessageIds("<a@x> <b@x>\r\n <a@x>")).toEqual(["<a@x>", "<b@x>"]);
    expect(parseMessageIds("<a@x> (Bob's message of Monday)")).toEqual(["<a@x>"]);
    expect(parseMessageIds(null)).toEqual([]);
  });

  it("keeps the root and the nearest ancestors of a very long chain", () => {
    const ids = Array.from({ length: 150 }, (_, i) => `<m${i}@x>`);
    const kept = parseMessageIds(ids.join(" "));
    expect(kept).toHaveLength(100);
    expect(kept[0]).toBe("<m0@x>");
    expect(kept.at(-1)).toBe("<m149@x>");
  });
});
