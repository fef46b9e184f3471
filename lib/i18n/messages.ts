// Every UI string, in English and Japanese. Client-safe.
// English accessible names here are part of the UI contract (shared/notes/ui-contract.md): change them only with it.

import type { SignInError } from "@/lib/auth/sign-in-state";
import type { Lang } from "@/lib/i18n/lang";
import type { MailboxRole } from "@/lib/mail/types";

export interface Messages {
  /** BCP 47 locale for Intl date and number formatting. */
  locale: string;
  appName: string;
  noSubject: string;
  back: string;
  roles: Record<MailboxRole, string>;
  language: { label: string; names: Record<Lang, string> };
  signIn: {
    heading: string;
    email: string;
    password: string;
    submit: string;
    pending: string;
    errors: Record<SignInError, string>;
  };
  header: { signOut: string; account: string };
  mailboxes: { label: string; unread: string };
  list: {
    label: string;
    pages: string;
    newer: string;
    older: string;
    range: (from: number, to: number, total: number) => string;
    to: string;
    unread: string;
    flagged: string;
    hasAttachments: string;
    emptyTitle: string;
    emptyBody: string;
  };
  message: {
    from: string;
    to: string;
    cc: string;
    date: string;
    subject: string;
    viewSource: string;
    bodyFrame: string;
    noText: string;
    attachments: string;
    remoteBlocked: (count: number) => string;
    loadRemote: string;
    selectPrompt: string;
  };
  actions: {
    toolbar: string;
    bulkToolbar: string;
    markRead: string;
    markUnread: string;
    flag: string;
    unflag: string;
    archive: string;
    delete: string;
    moveTo: string;
    moveMenu: string;
    select: (subject: string) => string;
    selectAll: string;
    selectAllInMailbox: (count: number) => string;
    allSelected: (count: number) => string;
    selected: (count: number) => string;
    clearSelection: string;
    confirmDelete: (count: number) => string;
    confirmDeleteBody: string;
    cancel: string;
    undo: string;
    dismiss: string;
    markedRead: string;
    markedUnread: string;
    flagged: string;
    unflagged: string;
    movedTo: (mailbox: string) => string;
    deletedForGood: (count: number) => string;
    failed: string;
  };
  live: { paused: string; restored: string };
}

const en: Messages = {
  locale: "en-US",
  appName: "Tegami",
  noSubject: "(no subject)",
  back: "Back",
  roles: {
    inbox: "Inbox",
    drafts: "Drafts",
    sent: "Sent",
    archive: "Archive",
    junk: "Junk",
    trash: "Trash",
  },
  language: { label: "Language", names: { en: "English", ja: "日本語" } },
  signIn: {
    heading: "Sign in to your mailbox",
    email: "Email",
    password: "Password",
    submit: "Sign in",
    pending: "Signing in…",
    errors: {
      AUTH_FAILED: "Wrong email or password.",
      SERVER_UNREACHABLE: "The mail server can’t be reached. Try again in a moment.",
      TLS_FAILED: "The mail server could not set up a secure (TLS) connection.",
      INVALID_INPUT: "Enter your email address and password.",
      UNKNOWN: "Something went wrong while signing in. Please try again.",
    },
  },
  header: { signOut: "Sign out", account: "Signed in as" },
  mailboxes: { label: "Folders", unread: "unread" },
  list: {
    label: "Messages",
    pages: "Pages",
    newer: "Newer",
    older: "Older",
    range: (from, to, total) =>
      `${from.toLocaleString("en-US")}–${to.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}`,
    to: "To:",
    unread: "Unread",
    flagged: "Flagged",
    hasAttachments: "Has attachments",
    emptyTitle: "No messages here",
    emptyBody: "New mail will show up in this folder as it arrives.",
  },
  message: {
    from: "From",
    to: "To",
    cc: "Cc",
    date: "Date",
    subject: "Subject",
    viewSource: "View source",
    bodyFrame: "Message body",
    noText: "This message has no text",
    attachments: "Attachments",
    remoteBlocked: (count) =>
      `Remote content was blocked to protect your privacy (${count} ${count === 1 ? "item" : "items"})`,
    loadRemote: "Load remote content",
    selectPrompt: "Select a message to read",
  },
  actions: {
    toolbar: "Message actions",
    bulkToolbar: "Actions on selected messages",
    markRead: "Mark as read",
    markUnread: "Mark as unread",
    flag: "Flag",
    unflag: "Unflag",
    archive: "Archive",
    delete: "Delete",
    moveTo: "Move to…",
    moveMenu: "Move to",
    select: (subject) => `Select ${subject}`,
    selectAll: "Select all",
    selectAllInMailbox: (count) => `Select all ${count} messages in this mailbox`,
    allSelected: (count) =>
      `All ${count.toLocaleString("en-US")} messages in this mailbox are selected`,
    selected: (count) => `${count.toLocaleString("en-US")} selected`,
    clearSelection: "Clear selection",
    confirmDelete: (count) => `Delete ${count} ${count === 1 ? "message" : "messages"} for good?`,
    confirmDeleteBody: "You can’t undo this.",
    cancel: "Cancel",
    undo: "Undo",
    dismiss: "Dismiss",
    markedRead: "Marked as read",
    markedUnread: "Marked as unread",
    flagged: "Flagged",
    unflagged: "Unflagged",
    movedTo: (mailbox) => `Moved to ${mailbox}`,
    deletedForGood: (count) =>
      `Deleted ${count.toLocaleString("en-US")} ${count === 1 ? "message" : "messages"} for good`,
    failed: "That didn’t work. Check your connection and try again.",
  },
  live: {
    paused: "Live updates paused — reconnecting…",
    restored: "Live updates restored",
  },
};

const ja: Messages = {
  locale: "ja-JP",
  appName: "Tegami",
  noSubject: "（件名なし）",
  back: "戻る",
  roles: {
    inbox: "受信トレイ",
    drafts: "下書き",
    sent: "送信済み",
    archive: "アーカイブ",
    junk: "迷惑メール",
    trash: "ごみ箱",
  },
  language: { label: "言語", names: { en: "English", ja: "日本語" } },
  signIn: {
    heading: "メールアカウントにサインイン",
    email: "メールアドレス",
    password: "パスワード",
    submit: "サインイン",
    pending: "サインインしています…",
    errors: {
      AUTH_FAILED: "メールアドレスまたはパスワードが正しくありません。",
      SERVER_UNREACHABLE:
        "メールサーバーに接続できません。しばらくしてからもう一度お試しください。",
      TLS_FAILED: "メールサーバーとの安全な接続（TLS）を確立できませんでした。",
      INVALID_INPUT: "メールアドレスとパスワードを入力してください。",
      UNKNOWN: "サインイン中に問題が発生しました。もう一度お試しください。",
    },
  },
  header: { signOut: "サインアウト", account: "サインイン中のアカウント" },
  mailboxes: { label: "フォルダー", unread: "件の未読" },
  list: {
    label: "メール一覧",
    pages: "ページ",
    newer: "新しいメール",
    older: "古いメール",
    range: (from, to, total) =>
      `全 ${total.toLocaleString("ja-JP")} 件中 ${from.toLocaleString("ja-JP")}–${to.toLocaleString("ja-JP")} 件`,
    to: "宛先:",
    unread: "未読",
    flagged: "フラグ付き",
    hasAttachments: "添付ファイルあり",
    emptyTitle: "メールはありません",
    emptyBody: "新しいメールが届くと、このフォルダーに表示されます。",
  },
  message: {
    from: "差出人",
    to: "宛先",
    cc: "Cc",
    date: "日付",
    subject: "件名",
    viewSource: "ソースを表示",
    bodyFrame: "メール本文",
    noText: "このメールには本文がありません",
    attachments: "添付ファイル",
    remoteBlocked: (count) =>
      `プライバシー保護のため、外部コンテンツ（${count} 件）をブロックしました`,
    loadRemote: "外部コンテンツを読み込む",
    selectPrompt: "メールを選択すると、ここに表示されます",
  },
  actions: {
    toolbar: "メールの操作",
    bulkToolbar: "選択したメールの操作",
    markRead: "既読にする",
    markUnread: "未読にする",
    flag: "フラグを付ける",
    unflag: "フラグを外す",
    archive: "アーカイブ",
    delete: "削除",
    moveTo: "移動…",
    moveMenu: "移動先",
    select: (subject) => `「${subject}」を選択`,
    selectAll: "すべて選択",
    selectAllInMailbox: (count) =>
      `このフォルダーの ${count.toLocaleString("ja-JP")} 件すべてを選択`,
    allSelected: (count) =>
      `このフォルダーの ${count.toLocaleString("ja-JP")} 件すべてを選択しています`,
    selected: (count) => `${count.toLocaleString("ja-JP")} 件を選択中`,
    clearSelection: "選択を解除",
    confirmDelete: (count) => `${count.toLocaleString("ja-JP")} 件のメールを完全に削除しますか？`,
    confirmDeleteBody: "この操作は取り消せません。",
    cancel: "キャンセル",
    undo: "元に戻す",
    dismiss: "閉じる",
    markedRead: "既読にしました",
    markedUnread: "未読にしました",
    flagged: "フラグを付けました",
    unflagged: "フラグを外しました",
    movedTo: (mailbox) => `「${mailbox}」に移動しました`,
    deletedForGood: (count) => `${count.toLocaleString("ja-JP")} 件のメールを完全に削除しました`,
    failed: "操作を完了できませんでした。接続を確認して、もう一度お試しください。",
  },
  live: {
    paused: "ライブ更新を一時停止しています — 再接続中…",
    restored: "ライブ更新を再開しました",
  },
};

export const messages: Record<Lang, Messages> = { en, ja };

export function t(lang: Lang): Messages {
  return messages[lang];
}
