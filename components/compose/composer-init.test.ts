import { describe, expect, it } from "vitest";
import type { ComposeInit, Draft } from "@/lib/api/compose-contract";
import { initialBody } from "./composer-init";

function init(draft: Partial<Draft>): ComposeInit {
  return {
    draft: {
      messageId: "<a@b.test>",
      to: "",
      cc: "",
      bcc: "",
      subject: "",
      html: "",
      text: "",
      attachments: [],
      source: null,
      charset: "utf-8",
      draftUid: null,
      ...draft,
    },
    attachments: [],
    from: { name: "", address: "me@example.test" },
    original: null,
  };
}

const quote = '<p>On Monday, Ann wrote:</p><blockquote type="cite">Hi</blockquote>';
const source = { mode: "reply", mailbox: "INBOX", uid: 3 } as const;

describe("initialBody", () => {
  it("puts an empty line to write in above the quoted original", () => {
    expect(initialBody(init({ html: quote, source }), false)).toEqual({
      format: "rich",
      initialHtml: `<div><br></div>${quote}`,
      revision: 0,
    });
  });

  it("reopens a draft as it was saved, plain text in plain text", () => {
    expect(initialBody(init({ html: "<div>mine</div>", source }), true)).toMatchObject({
      format: "rich",
      initialHtml: "<div>mine</div>",
    });
    expect(initialBody(init({ html: null, text: "plain\nlines" }), true)).toEqual({
      format: "plain",
      text: "plain\nlines",
    });
  });

  it("starts a new message empty, in rich text", () => {
    expect(initialBody(init({}), false)).toEqual({ format: "rich", initialHtml: "", revision: 0 });
  });
});
