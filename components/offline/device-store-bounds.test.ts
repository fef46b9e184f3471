import { describe, expect, it } from "vitest";
import {
  deviceStoreName,
  isDeviceStoreName,
  messageKey,
  messagesToEvict,
  pageKey,
  pagesToEvict,
  withFlagChange,
  type StoredMessageStamp,
  type StoredPageStamp,
} from "@/components/offline/device-store-bounds";

describe("device store names and keys", () => {
  it("names a store by the account's opaque key, under the prefix sign-out deletes", () => {
    expect(deviceStoreName("k3y")).toBe("tegami-mail-k3y");
    expect(isDeviceStoreName(deviceStoreName("k3y"))).toBe(true);
    expect(isDeviceStoreName("other-app")).toBe(false);
    // The action queue's database is the account's too, but not a mail store.
    expect(isDeviceStoreName("tegami-queue-0123")).toBe(false);
    expect(isDeviceStoreName(undefined)).toBe(false);
  });

  it("keeps mailboxes apart whose names share a prefix with a page or UID", () => {
    expect(pageKey("A", 12, "messages")).not.toBe(pageKey("A1", 2, "messages"));
    expect(pageKey("A", 1, "messages")).not.toBe(pageKey("A", 1, "conversations"));
    expect(messageKey("INBOX/1", 2)).not.toBe(messageKey("INBOX", 12));
    expect(messageKey("INBOX", 7)).toBe("INBOX\u00007");
  });
});

describe("pagesToEvict", () => {
  const page = (mailbox: string, n: number, shownAt: number): StoredPageStamp => ({
    key: pageKey(mailbox, n, "messages"),
    mailbox,
    shownAt,
  });

  it("keeps the pages of each mailbox shown last, up to the bound", () => {
    const pages = [
      page("INBOX", 1, 50),
      page("INBOX", 2, 40),
      page("INBOX", 3, 30),
      page("INBOX", 4, 60),
    ];
    expect(pagesToEvict(pages, { pagesPerMailbox: 3, mailboxes: 5 })).toEqual([
      pageKey("INBOX", 3, "messages"),
    ]);
  });

  it("drops every page of the mailboxes shown longest ago", () => {
    const pages = [page("Old", 1, 1), page("INBOX", 1, 30), page("Sent", 1, 20), page("Old", 2, 2)];
    expect(pagesToEvict(pages, { pagesPerMailbox: 3, mailboxes: 2 }).sort()).toEqual(
      [pageKey("Old", 1, "messages"), pageKey("Old", 2, "messages")].sort(),
    );
  });

  it("keeps everything within the bounds", () => {
    expect(pagesToEvict([page("INBOX", 1, 1)])).toEqual([]);
  });
});

describe("messagesToEvict", () => {
  const message = (key: string, stamp: Partial<StoredMessageStamp>): StoredMessageStamp => ({
    key,
    openedAt: null,
    savedAt: 0,
    flagged: false,
    ...stamp,
  });
  const bounds = { openedMessages: 2, flaggedMessages: 1 };

  it("lets the least recently opened messages go first", () => {
    const messages = [
      message("a", { openedAt: 10 }),
      message("b", { openedAt: 30 }),
      message("c", { openedAt: 20 }),
    ];
    expect(messagesToEvict(messages, bounds)).toEqual(["a"]);
  });

  it("bounds flagged messages never opened on their own, so they never push out what was read", () => {
    const messages = [
      message("read1", { openedAt: 1 }),
      message("read2", { openedAt: 2 }),
      message("flag-old", { flagged: true, savedAt: 1 }),
      message("flag-new", { flagged: true, savedAt: 5 }),
    ];
    expect(messagesToEvict(messages, bounds)).toEqual(["flag-old"]);
  });

  it("drops a message fetched for its flag once it is unflagged, but keeps an opened one", () => {
    const messages = [
      message("unflagged", { flagged: false, savedAt: 9 }),
      message("opened", { openedAt: 3, flagged: false }),
    ];
    expect(messagesToEvict(messages, bounds)).toEqual(["unflagged"]);
  });
});

describe("withFlagChange", () => {
  it("adds and removes flags once each, keeping the others in order", () => {
    expect(
      withFlagChange(["\\Seen", "\\Answered"], { remove: ["\\Seen"], add: ["\\Flagged"] }),
    ).toEqual(["\\Answered", "\\Flagged"]);
    expect(withFlagChange(["\\Flagged"], { add: ["\\Flagged"] })).toEqual(["\\Flagged"]);
  });
});
