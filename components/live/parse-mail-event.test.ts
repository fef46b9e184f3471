import { describe, expect, it } from "vitest";
import { parseMailEvent } from "@/components/live/parse-mail-event";

describe("parseMailEvent", () => {
  it("reads the events of the contract", () => {
    expect(
      parseMailEvent('{"type":"flags","mailbox":"INBOX","uid":4,"flags":["\\\\Seen"]}'),
    ).toEqual({
      type: "flags",
      mailbox: "INBOX",
      uid: 4,
      flags: ["\\Seen"],
    });
    expect(parseMailEvent('{"type":"resync","mailbox":null}')).toEqual({
      type: "resync",
      mailbox: null,
    });
    expect(parseMailEvent('{"type":"connection","state":"reconnecting"}')).toEqual({
      type: "connection",
      state: "reconnecting",
    });
  });

  it("accepts an envelope around the event", () => {
    expect(parseMailEvent('{"id":"a-1","event":{"type":"mailboxes"}}')).toEqual({
      type: "mailboxes",
    });
  });

  it("ignores what it does not understand", () => {
    expect(parseMailEvent("not json")).toBeNull();
    expect(parseMailEvent('{"type":"flags","mailbox":"INBOX","uid":0,"flags":[]}')).toBeNull();
    expect(parseMailEvent('{"type":"expunged","mailbox":"INBOX","uids":["1"]}')).toBeNull();
    expect(parseMailEvent('{"type":"party"}')).toBeNull();
    expect(parseMailEvent("[1]")).toBeNull();
  });
});
