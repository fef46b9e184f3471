// What e2e/mailstack/seed-test-data.mjs puts on the test stack, for the seeder and the tests alike.
// The UIDs it ends up with are written to $MAILSTACK_BASE/fixtures.json (see test-imap.ts).

export const ALICE = "alice@example.test";
export const BOB = "bob@example.test";
export const CAROL = "carol@example.test"; // never touched by the seeder: free for integration tests
export const DAVE = "dave@example.test"; // the live-state end-to-end specs: each spec resets what it uses

/** Messages in alice's INBOX after seeding: six pages of 50. */
export const ALICE_INBOX_COUNT = 300;
export const BOB_INBOX_COUNT = 20;
export const PAGE_SIZE = 50;

/** Generated message `i` of alice's INBOX (0 = oldest, UID i + 1) is unread iff this holds. */
export function aliceInboxUnread(i) {
  return i % 10 === 3 || i >= ALICE_INBOX_COUNT - 5;
}
/** Generated message `i` of bob's INBOX is unread iff this holds. */
export function bobInboxUnread(i) {
  return i >= BOB_INBOX_COUNT - 5;
}

export const JP_MAILBOX = "プロジェクト";
export const JP_CHILD_MAILBOX = "プロジェクト/議事録";
export const WORK_MAILBOX = "Work";
export const WORK_REPORTS_MAILBOX = "Work/Reports";

const SATO = { name: "佐藤 花子", address: "hanako.sato@example.co.jp" };
const SUZUKI = { name: "鈴木 一郎", address: "ichiro.suzuki@example.jp" };
const OKAFOR = { name: "Amara Okafor", address: "amara.okafor@acme.example" };

/** Known messages appended to alice's mailboxes (oldest first in each mailbox). */
export const MAILBOX_MESSAGES = {
  [JP_MAILBOX]: [
    {
      from: SATO,
      subject: "キックオフ会議のご案内",
      text: "山田様\n\nプロジェクトのキックオフ会議を来週月曜日の十時から行います。\nよろしくお願いいたします。\n\n佐藤",
      date: "2026-10-05T01:00:00Z",
      seen: true,
    },
    {
      from: SUZUKI,
      subject: "進捗報告（第1回）",
      text: "各位\n\n第1回の進捗をご報告します。設計は予定どおり完了しました。\n\n鈴木",
      date: "2026-10-12T02:30:00Z",
      seen: true,
    },
    {
      from: SATO,
      subject: "Re: キックオフ会議のご案内",
      text: "会議室は東京本社の3階です。\n\n佐藤",
      date: "2026-10-13T00:15:00Z",
      seen: false,
    },
  ],
  [JP_CHILD_MAILBOX]: [
    {
      from: SUZUKI,
      subject: "第1回定例会議 議事録",
      text: "出席者: 佐藤、鈴木、山田\n決定事項: リリースは十二月一日。",
      date: "2026-10-06T06:00:00Z",
      seen: true,
    },
    {
      from: SUZUKI,
      subject: "第2回定例会議 議事録",
      text: "出席者: 佐藤、鈴木\n決定事項: テスト計画を承認。",
      date: "2026-10-20T06:00:00Z",
      seen: false,
    },
  ],
  [WORK_MAILBOX]: [
    {
      from: OKAFOR,
      subject: "Work plan 2027",
      text: "Hi Alice,\n\nHere is the first draft of the 2027 work plan.\n\nAmara",
      date: "2026-10-02T09:00:00Z",
      seen: true,
    },
  ],
  [WORK_REPORTS_MAILBOX]: [
    {
      from: OKAFOR,
      subject: "Weekly report W44",
      text: "Shipped: search. Next: threading.",
      date: "2026-10-30T16:00:00Z",
      seen: true,
    },
    {
      from: OKAFOR,
      subject: "Weekly report W45",
      text: "Shipped: threading. Next: offline outbox.",
      date: "2026-11-06T16:00:00Z",
      seen: false,
    },
  ],
};
