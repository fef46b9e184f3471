import { describe, expect, it } from "vitest";
import type { ComposeRequest } from "@/lib/api/compose-contract";
import { parseComposePanelQuery, parseComposeQuery } from "@/lib/compose/parse-compose-query";
import { composeHref, composePanelHref, draftReopenHref } from "./compose-url";

const query = (href: string) => Object.fromEntries(new URL(href, "http://x.test").searchParams);

describe("compose URLs", () => {
  it.each<ComposeRequest>([
    { mode: "new" },
    { mode: "new", to: '"Doe, Jo" <jo@example.test>', subject: "Hi" },
    { mode: "draft", mailbox: "Drafts", uid: 34 },
    { mode: "replyAll", mailbox: "Work/日本語 & more", uid: 12 },
  ])("reads back what it builds: %j", (request) => {
    expect(parseComposeQuery(query(composeHref(request)))).toEqual(request);
  });

  it("builds clean URLs", () => {
    expect(composeHref({ mode: "new" })).toBe("/compose");
    expect(composeHref({ mode: "reply", mailbox: "INBOX", uid: 12 })).toBe(
      "/compose?mode=reply&mailbox=INBOX&uid=12",
    );
  });

  it("refuses what names no message", () => {
    expect(parseComposeQuery({ mode: "reply", mailbox: "INBOX" })).toBeNull();
    expect(parseComposeQuery({ mode: "nuke", mailbox: "INBOX", uid: "1" })).toBeNull();
    expect(parseComposeQuery({ mode: "draft", mailbox: "Drafts", uid: "0" })).toBeNull();
    expect(parseComposeQuery({ mode: "draft", mailbox: "Drafts", uid: "1e3" })).toBeNull();
  });

  it("opens the panel on the open message, and its draft once saved", () => {
    const href = composePanelHref({ mode: "forward", mailbox: "Sent Items", uid: 7 }, 3);
    expect(href).toBe("/mail/Sent%20Items/7?compose=forward&page=3");
    const source = { mode: "forward", mailbox: "Sent Items", uid: 7 };
    expect(parseComposePanelQuery(query(href), "Sent Items", 7)).toEqual({ source, draft: null });
    const saved = draftReopenHref(new URL(href, "http://x.test"), { mailbox: "Drafts", uid: 9 });
    expect(saved).toBe(
      "/mail/Sent%20Items/7?compose=forward&page=3&draftMailbox=Drafts&draftUid=9",
    );
    expect(parseComposePanelQuery(query(saved), "Sent Items", 7)).toEqual({
      source,
      draft: { mode: "draft", mailbox: "Drafts", uid: 9 },
    });
    expect(parseComposePanelQuery({}, "INBOX", 7)).toBeNull();
  });

  it("points /compose at a saved draft", () => {
    const current = new URL("http://x.test/compose?mode=reply&mailbox=INBOX&uid=1");
    expect(draftReopenHref(current, { mailbox: "Drafts", uid: 5 })).toBe(
      "/compose?mode=draft&mailbox=Drafts&uid=5",
    );
  });
});
