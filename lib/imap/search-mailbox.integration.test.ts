// Integration: search against the real Dovecot of the test stack (no FTS plugin), with
// Japanese mail in UTF-8, ISO-2022-JP and Shift_JIS, and mail Dovecot cannot decode.
import { randomBytes } from "node:crypto";
import Encoding from "encoding-japanese";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  isoJapaneseMessage,
  messageWithAttachment,
  rfc5322Date,
  shiftJisMessage,
  textMessage,
} from "@/e2e/support/mail-fixtures";
import { appendAll, resetMailboxes } from "@/e2e/support/reset-mailboxes";
import { testStack, useTestStackEnv, withImap } from "@/e2e/support/test-imap";
import { searchAllMailboxes } from "@/lib/imap/search-all-mailboxes";
import { searchMailbox } from "@/lib/imap/search-mailbox";
import { localScanLimit } from "@/lib/imap/match-terms-locally";
import { closeImapSessions } from "@/lib/imap/session-pool";
import { MailError } from "@/lib/mail/mail-error";
import { parseSearchQuery } from "@/lib/search/parse-search-query";

const stack = testStack();
const heidi = { user: "heidi@example.test", pass: stack.password("heidi@example.test") };
const bob = { name: "Bob", address: "bob@example.test" };
const carol = { name: "Carol", address: "carol@example.test" };
const projects = "プロジェクト/請求";
const day = (n: number) => new Date(Date.UTC(2026, 10, n, 9, 0, 0));

const at = (n: number, hour: number) => new Date(Date.UTC(2026, 10, n, hour, 0, 0));
const jis = (text: string) =>
  Buffer.from(
    Encoding.convert(Encoding.stringToCode(text), { to: "JIS", from: "UNICODE" }),
  ).toString("latin1");
const sjis = (text: string) =>
  Buffer.from(
    Encoding.convert(Encoding.stringToCode(text), { to: "SJIS", from: "UNICODE" }),
  ).toString("latin1");
const utf8 = (text: string) => Buffer.from(text, "utf8");

/** A message from Bob built byte by byte: `subject` and `body` are raw (latin1) header and body text. */
function rawMessage(subject: string, contentType: string, body: string, date: Date): Buffer {
  const lines = [
    `Message-ID: <${randomBytes(6).toString("hex")}@example.test>`,
    `Date: ${rfc5322Date(date)}`,
    "From: Bob <bob@example.test>",
    "To: heidi@example.test",
    `Subject: ${subject}`,
    "MIME-Version: 1.0",
    `Content-Type: ${contentType}`,
    "",
    body,
    "",
  ];
  return Buffer.from(lines.join("\r\n"), "latin1");
}

/** RFC 2047 words that split the UTF-8 bytes of 請 between them (invalid, but sent in the wild). */
function splitWordSubject(text: string): string {
  const bytes = utf8(text);
  const b64 = (part: Buffer) => `=?UTF-8?B?${part.toString("base64")}?=`;
  return `${b64(bytes.subarray(0, 2))} ${b64(bytes.subarray(2))}`;
}

/** Mail Dovecot's SEARCH cannot decode (measured): Tegami must find these itself. */
const undecodable = [
  // Raw ISO-2022-JP subject, body without a charset label.
  ["rawJis", rawMessage(jis("請求書（再送）"), "text/plain", jis("本文です"), at(6, 9))],
  ["splitWord", rawMessage(splitWordSubject("請求書の件"), "text/plain", "see subject", at(6, 10))],
  [
    "rawSjis",
    rawMessage(
      sjis("請求書（SJIS）"),
      "text/plain; charset=Shift_JIS",
      sjis("よろしく"),
      at(6, 11),
    ),
  ],
  [
    "htmlReferences",
    rawMessage(
      "HTML",
      "text/html; charset=UTF-8",
      "<p>&#35531;&#27714;&#26360;&#12434;</p>",
      at(6, 12),
    ),
  ],
  // A near miss: 見積書 as references.
  [
    "htmlOther",
    rawMessage("HTML 2", "text/html; charset=UTF-8", "<p>&#35211;&#31309;&#26360;</p>", at(6, 13)),
  ],
] as const;

const uids: Record<string, number> = {};
const search = (input: string, mailbox = "INBOX", page = 1) =>
  searchMailbox(heidi, mailbox, parseSearchQuery(input), page);
const hitUids = async (input: string, mailbox = "INBOX") =>
  (await search(input, mailbox)).hits.map((hit) => hit.envelope.uid);

beforeAll(async () => {
  useTestStackEnv(stack);
  await closeImapSessions(heidi.user);
  await resetMailboxes(heidi.user);
  await withImap(heidi.user, (client) => client.mailboxCreate(projects));
  const inbox = [
    [
      "utf8",
      {
        date: day(1),
        raw: textMessage({
          subject: "請求書 11月分",
          from: bob,
          date: day(1),
          text: "添付をご確認ください。",
        }),
      },
    ],
    [
      "jis",
      {
        date: day(2),
        raw: isoJapaneseMessage({
          subject: "ご請求書の送付",
          from: bob,
          date: day(2),
          body: "よろしくお願いします。",
        }),
      },
    ],
    [
      "sjis",
      {
        date: day(3),
        raw: shiftJisMessage({
          subject: "お知らせ",
          from: bob,
          date: day(3),
          body: "今月の請求書を送ります。",
        }),
      },
    ],
    [
      "carol",
      {
        date: day(4),
        raw: textMessage({ subject: "請求書", from: carol, date: day(4), text: "carol" }),
      },
    ],
    [
      "estimate",
      {
        date: day(5),
        raw: textMessage({ subject: "見積書", from: bob, date: day(5), text: "見積もりです" }),
      },
    ],
    ...undecodable.map(([name, raw], i) => [name, { raw, date: at(6, 9 + i) }] as const),
    [
      "report",
      {
        date: day(7),
        raw: messageWithAttachment({
          subject: "Quarterly report",
          from: bob,
          date: day(7),
          filename: "q3.pdf",
          bytes: Buffer.from("%PDF-1.4"),
        }),
        flags: ["\\Flagged"],
      },
    ],
    [
      "seen",
      {
        date: day(8),
        raw: textMessage({ subject: "Lunch", from: carol, date: day(8), text: "noon?" }),
        flags: ["\\Seen"],
      },
    ],
  ] as const;
  const appended = await appendAll(
    heidi.user,
    "INBOX",
    inbox.map(([, m]) => m),
  );
  inbox.forEach(([name], i) => (uids[name] = appended[i]!));
  const [elsewhere] = await appendAll(heidi.user, projects, [
    {
      date: day(9),
      raw: textMessage({ subject: "請求書 再送分", from: bob, date: day(9), text: "別フォルダ" }),
    },
  ]);
  uids.elsewhere = elsewhere!;
  const [sent] = await appendAll(heidi.user, "Sent", [
    {
      date: day(10),
      raw: textMessage({
        subject: "Re: 請求書",
        from: "heidi@example.test",
        to: bob,
        date: day(10),
        text: "受け取りました",
      }),
      flags: ["\\Seen"],
    },
  ]);
  uids.sent = sent!;
});

afterAll(async () => {
  await closeImapSessions(heidi.user);
});

describe("searching one mailbox", () => {
  it("finds `from:bob 請求書` in UTF-8, ISO-2022-JP and Shift_JIS mail and in mail the server cannot decode", async () => {
    const page = await search("from:bob 請求書");
    expect(page.hits.map((hit) => hit.envelope.uid)).toEqual([
      uids.htmlReferences,
      uids.rawSjis,
      uids.splitWord,
      uids.rawJis,
      uids.sjis,
      uids.jis,
      uids.utf8,
    ]);
    expect(page).toMatchObject({
      mailbox: "INBOX",
      total: 7,
      page: 1,
      pageCount: 1,
      complete: true,
    });
    expect(page.hits.every((hit) => hit.mailbox === "INBOX" && hit.uidValidity)).toBe(true);
  });

  it("needs Tegami's own matching: Dovecot's SEARCH alone finds only the well-formed mail", async () => {
    const serverOnly = await withImap(heidi.user, async (client) => {
      await client.mailboxOpen("INBOX", { readOnly: true });
      return client.search({ from: "bob", text: "請求書" }, { uid: true });
    });
    expect(serverOnly).toEqual([uids.utf8, uids.jis, uids.sjis]);
  });

  it("applies every operator", async () => {
    expect(await hitUids("is:flagged")).toEqual([uids.report]);
    expect(await hitUids("has:attachment")).toEqual([uids.report]);
    expect(await hitUids("is:read")).toEqual([uids.seen]);
    expect(await hitUids("subject:見積")).toEqual([uids.estimate]);
    expect(await hitUids('subject:"11月分"')).toEqual([uids.utf8]);
    expect(await hitUids("from:carol -lunch")).toEqual([uids.carol]);
    expect(await hitUids("after:2026-11-07 before:2026/11/08")).toEqual([uids.report]);
    expect(await hitUids("to:bob", "Sent")).toEqual([uids.sent]);
    expect(await hitUids("from:bob 請求書", "Sent")).toEqual([]);
  });

  it("folds full-width input typed with an IME", async () => {
    expect(await hitUids("ｓｕｂｊｅｃｔ：ｑｕａｒｔｅｒｌｙ")).toEqual([uids.report]);
  });

  it("pages hits 50 at a time and fetches envelopes only for the page", async () => {
    const many = Array.from({ length: 55 }, (_, i) => ({
      raw: textMessage({ subject: `ページ ${i}`, from: bob, date: day(11), text: "paging" }),
    }));
    const appended = await appendAll(heidi.user, projects, many);
    const first = await search("paging", projects, 1);
    const second = await search("paging", projects, 2);
    expect(first).toMatchObject({ total: 55, pageCount: 2, page: 1 });
    expect(first.hits).toHaveLength(50);
    expect(second.hits.map((hit) => hit.envelope.uid)).toEqual(appended.slice(0, 5).reverse());
    expect((await search("paging", projects, 99)).page).toBe(2);
  });

  it("decodes at most the newest 200 candidates itself, and says when it stopped", async () => {
    const bounded = `${projects}/上限`;
    await withImap(heidi.user, (client) => client.mailboxCreate(bounded));
    const [oldRawJis, oldUtf8] = await appendAll(heidi.user, bounded, [
      { raw: undecodable[0][1] },
      { raw: textMessage({ subject: "請求書 古い", from: bob, text: "." }) },
    ]);
    const filler = Array.from({ length: localScanLimit }, (_, i) => ({
      raw: textMessage({ subject: `filler ${i}`, from: bob, text: "." }),
    }));
    await appendAll(heidi.user, bounded, filler);
    const page = await search("請求書", bounded);
    // The server still finds the well-formed old one; the undecodable one is past the bound.
    expect(page.hits.map((hit) => hit.envelope.uid)).toEqual([oldUtf8]);
    expect(page.hits.map((hit) => hit.envelope.uid)).not.toContain(oldRawJis);
    expect(page.complete).toBe(false);
    expect((await search("from:bob filler", bounded)).complete).toBe(true);
    await withImap(heidi.user, (client) => client.mailboxDelete(bounded));
  });

  it("answers a typed error for an empty query and a missing mailbox", async () => {
    await expect(search("  ")).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(search("x", "Nope/none")).rejects.toBeInstanceOf(MailError);
    await expect(search("x", "Nope/none")).rejects.toMatchObject({ code: "MAILBOX_NOT_FOUND" });
  });
});

describe("searching all mailboxes", () => {
  it("finds `from:bob 請求書` in every mailbox, each hit with its mailbox, newest first", async () => {
    const page = await searchAllMailboxes(heidi, parseSearchQuery("from:bob 請求書"), 1);
    expect(page.hits.map((hit) => [hit.mailbox, hit.envelope.uid])).toEqual([
      [projects, uids.elsewhere],
      ["INBOX", uids.htmlReferences],
      ["INBOX", uids.rawSjis],
      ["INBOX", uids.splitWord],
      ["INBOX", uids.rawJis],
      ["INBOX", uids.sjis],
      ["INBOX", uids.jis],
      ["INBOX", uids.utf8],
    ]);
    expect(page).toMatchObject({ mailbox: null, total: 8, complete: true });
  });

  it("merges mailboxes by date", async () => {
    const page = await searchAllMailboxes(heidi, parseSearchQuery("請求書"), 1);
    expect(page.hits.slice(0, 2).map((hit) => hit.mailbox)).toEqual(["Sent", projects]);
    expect(page.total).toBe(10);
  });
});
