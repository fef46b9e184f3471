import { describe, expect, it } from "vitest";
import { maxReferences, threadHeaders } from "@/lib/compose/thread-headers";

describe("threadHeaders", () => {
  it("answers the original, appending its id to its References", () => {
    expect(
      threadHeaders({ messageId: "<c@x>", references: "<a@x>\r\n <b@x>", inReplyTo: "<b@x>" }),
    ).toEqual({ inReplyTo: "<c@x>", references: ["<a@x>", "<b@x>", "<c@x>"] });
  });

  it("uses a single In-Reply-To when References are missing (RFC 5322 §3.6.4)", () => {
    expect(threadHeaders({ messageId: "<b@x>", references: null, inReplyTo: "<a@x>" })).toEqual({
      inReplyTo: "<b@x>",
      references: ["<a@x>", "<b@x>"],
    });
    expect(
      threadHeaders({ messageId: "<b@x>", references: null, inReplyTo: "<a@x> <z@x>" })?.references,
    ).toEqual(["<b@x>"]);
  });

  it("keeps the root and the newest ids of a long chain", () => {
    const ids = Array.from({ length: 40 }, (_, i) => `<m${i}@x>`);
    const result = threadHeaders({
      messageId: "<last@x>",
      references: ids.join(" "),
      inReplyTo: null,
    });
    expect(result?.references).toHaveLength(maxReferences);
    expect(result?.references[0]).toBe("<m0@x>");
    expect(result?.references.at(-1)).toBe("<last@x>");
    expect(result?.references.at(-2)).toBe("<m39@x>");
  });

  it("gives nothing without a Message-ID, and ignores junk", () => {
    expect(threadHeaders({ messageId: null, references: "<a@x>", inReplyTo: null })).toBeNull();
    expect(
      threadHeaders({
        messageId: "<b@x>",
        references: "junk <a@x>\r\nBcc: <evil@x>",
        inReplyTo: null,
      })?.references,
    ).toEqual(["<a@x>", "<evil@x>", "<b@x>"]);
  });
});
