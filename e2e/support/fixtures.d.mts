// Types for fixtures.mjs (plain JS so the Node seeder can import it too).
export interface FixtureAddress {
  name: string;
  address: string;
}
export interface FixtureMessage {
  from: FixtureAddress;
  subject: string;
  /** Body text, LF line ends. */
  text: string;
  /** ISO 8601; also the INTERNALDATE. */
  date: string;
  seen: boolean;
}
export declare const ALICE: "alice@example.test";
export declare const BOB: "bob@example.test";
export declare const CAROL: "carol@example.test";
export declare const DAVE: "dave@example.test";
export declare const ALICE_INBOX_COUNT: 300;
export declare const BOB_INBOX_COUNT: 20;
export declare const PAGE_SIZE: 50;
export declare function aliceInboxUnread(i: number): boolean;
export declare function bobInboxUnread(i: number): boolean;
export declare const JP_MAILBOX: "プロジェクト";
export declare const JP_CHILD_MAILBOX: "プロジェクト/議事録";
export declare const WORK_MAILBOX: "Work";
export declare const WORK_REPORTS_MAILBOX: "Work/Reports";
export declare const MAILBOX_MESSAGES: Readonly<Record<string, readonly FixtureMessage[]>>;
