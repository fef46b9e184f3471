// Every UI string, in English and Japanese. Client-safe.
// English accessible names here are part of the UI contract (shared/notes/ui-contract.md): change them only with it.

import type { SendWarning } from "@/lib/api/compose-contract";
import type { SignInError } from "@/lib/auth/sign-in-state";
import type { Lang } from "@/lib/i18n/lang";
import type { KeyboardCommand } from "@/lib/keyboard/keyboard-command";
import type { MailboxRole } from "@/lib/mail/types";

export interface Messages {
  /** BCP 47 locale for Intl date and number formatting. */
  locale: string;
  appName: string;
  noSubject: string;
  back: string;
  roles: Record<MailboxRole, string>;
  language: { label: string; names: Record<Lang, string> };
  /** A mail page could not be rendered (the mail server failed): retried, then a button. */
  loadError: { title: string; body: string; retry: string };
  signIn: {
    heading: string;
    email: string;
    password: string;
    submit: string;
    pending: string;
    errors: Record<Exclude<SignInError, "THROTTLED">, string>;
    /** Too many failed attempts: the same words whether or not the account exists. */
    throttled: (seconds: number) => string;
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
    /** A page of the list could not be fetched (offline, server error). */
    loadFailed: string;
    retry: string;
  };
  message: {
    from: string;
    to: string;
    cc: string;
    date: string;
    subject: string;
    downloadMessage: string;
    bodyFrame: string;
    noText: string;
    attachments: string;
    /** After the first addresses of a very long list: how many more there are. */
    moreAddresses: (count: number) => string;
    remoteBlocked: (count: number) => string;
    trackersBlocked: (count: number) => string;
    /** After a link whose text names another host than it goes to (inside the message frame). */
    linkMismatch: (realHost: string) => string;
    loadRemote: string;
    /** Loads remote images of every message from this sender, now and later. */
    alwaysLoadFrom: (sender: string) => string;
    senderAlwaysLoaded: (sender: string) => string;
    stopLoadingFrom: string;
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
  search: {
    /** The searchbox's accessible name (UI contract: "Search mail"). */
    label: string;
    inMailbox: (q: string, mailbox: string) => string;
    inAll: (q: string) => string;
    searchAll: string;
    searchOnly: (mailbox: string) => string;
    searching: string;
    searchingOthers: string;
    incomplete: string;
    emptyTitle: string;
    emptyBody: string;
    failed: string;
    clear: string;
  };
  keyboard: {
    heading: string;
    close: string;
    key: string;
    action: string;
    commands: Record<KeyboardCommand, string>;
  };
  /** Where a message really comes from: sender checks and display names. */
  authenticity: {
    label: string;
    checks: Record<"spf" | "dkim" | "dmarc", string>;
    verdicts: Record<"pass" | "fail" | "neutral", string>;
    /** A failed check, said plainly: the sender may not be who they claim. */
    failedWarning: (domain: string) => string;
    /** The display name shows an address other than the real one. */
    claimsOtherAddress: (claimed: string) => string;
  };
  compose: ComposeMessages;
}

/** The composer and the buttons that open it. */
export interface ComposeMessages {
  compose: string;
  reply: string;
  replyAll: string;
  forward: string;
  editDraft: string;
  headings: Record<"new" | "reply" | "replyAll" | "forward" | "draft", string>;
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  message: string;
  formatting: string;
  bold: string;
  italic: string;
  bulletedList: string;
  numberedList: string;
  link: string;
  linkAddress: string;
  addLink: string;
  quote: string;
  plainText: string;
  attachFiles: string;
  attachments: string;
  uploading: (filename: string) => string;
  remove: (filename: string) => string;
  tooLarge: (filename: string) => string;
  uploadFailed: (filename: string) => string;
  waitingForUploads: string;
  iso2022jp: string;
  send: string;
  sending: string;
  saveDraft: string;
  discard: string;
  close: string;
  draftSaving: string;
  draftSaved: string;
  draftFailed: string;
  sent: string;
  sentExcept: (rejected: string) => string;
  sentWarnings: Record<SendWarning, string>;
  invalidAddresses: (entries: string) => string;
  noRecipients: string;
  sendUnknown: string;
  sendErrors: Record<"SMTP_UNREACHABLE" | "SMTP_REJECTED" | "TOO_LARGE" | "NETWORK", string>;
  sendFailed: string;
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
  loadError: {
    title: "Your mail could not be loaded.",
    body: "The mail server did not answer as expected. Check your connection and try again.",
    retry: "Try again",
  },
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
    throttled: (seconds) =>
      `Too many failed sign-in attempts. Try again in ${seconds} ${seconds === 1 ? "second" : "seconds"}.`,
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
    loadFailed: "This page of messages could not be loaded.",
    retry: "Try again",
  },
  message: {
    from: "From",
    to: "To",
    cc: "Cc",
    date: "Date",
    subject: "Subject",
    downloadMessage: "Download message",
    bodyFrame: "Message body",
    noText: "This message has no text",
    attachments: "Attachments",
    moreAddresses: (count) => `and ${count.toLocaleString("en-US")} more`,
    remoteBlocked: (count) =>
      `Remote content was blocked to protect your privacy (${count} ${count === 1 ? "item" : "items"})`,
    trackersBlocked: (count) => `${count} ${count === 1 ? "tracker" : "trackers"} blocked`,
    linkMismatch: (realHost) => `⚠ Link goes to ${realHost}`,
    loadRemote: "Load remote content",
    alwaysLoadFrom: (sender) => `Always load from ${sender}`,
    senderAlwaysLoaded: (sender) => `Remote images from ${sender} are always loaded.`,
    stopLoadingFrom: "Stop",
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
  search: {
    label: "Search mail",
    inMailbox: (q, mailbox) => `Results for “${q}” in ${mailbox}`,
    inAll: (q) => `Results for “${q}” in all mailboxes`,
    searchAll: "Search all mailboxes",
    searchOnly: (mailbox) => `Search only ${mailbox}`,
    searching: "Searching…",
    searchingOthers: "Searching the other mailboxes…",
    incomplete:
      "These results may be incomplete: only the newest messages were checked for some words.",
    emptyTitle: "No messages found",
    emptyBody: "Try other words, or search all mailboxes.",
    failed: "The search could not be run.",
    clear: "Clear search",
  },
  keyboard: {
    heading: "Keyboard shortcuts",
    close: "Close",
    key: "Key",
    action: "Action",
    commands: {
      next: "Next message",
      previous: "Previous message",
      open: "Open message",
      backToList: "Back to the list",
      archive: "Archive",
      delete: "Delete",
      reply: "Reply",
      replyAll: "Reply all",
      forward: "Forward",
      compose: "Compose",
      search: "Search mail",
      toggleFlag: "Flag or unflag",
      markRead: "Mark as read",
      markUnread: "Mark as unread",
      toggleSelect: "Select or deselect",
      help: "Show keyboard shortcuts",
    },
  },
  authenticity: {
    label: "Sender checks",
    checks: { spf: "SPF", dkim: "DKIM", dmarc: "DMARC" },
    verdicts: { pass: "pass", fail: "fail", neutral: "none" },
    failedWarning: (domain) =>
      `This message failed the sender checks: it may not really come from ${domain}.`,
    claimsOtherAddress: (claimed) => `The name shows ${claimed}, which is not the sender's address`,
  },
  compose: {
    compose: "Compose",
    reply: "Reply",
    replyAll: "Reply all",
    forward: "Forward",
    editDraft: "Edit draft",
    headings: {
      new: "New message",
      reply: "Reply",
      replyAll: "Reply all",
      forward: "Forward",
      draft: "Draft",
    },
    to: "To",
    cc: "Cc",
    bcc: "Bcc",
    subject: "Subject",
    message: "Message",
    formatting: "Formatting",
    bold: "Bold",
    italic: "Italic",
    bulletedList: "Bulleted list",
    numberedList: "Numbered list",
    link: "Link",
    linkAddress: "Link address",
    addLink: "Add link",
    quote: "Quote",
    plainText: "Plain text",
    attachFiles: "Attach files",
    attachments: "Attachments",
    uploading: (filename) => `Uploading ${filename}`,
    remove: (filename) => `Remove ${filename}`,
    tooLarge: (filename) =>
      `“${filename}” is larger than your mail server accepts, so it was not attached.`,
    uploadFailed: (filename) => `“${filename}” could not be uploaded. Try attaching it again.`,
    waitingForUploads: "Sending once the attachments have uploaded…",
    iso2022jp: "Send as ISO-2022-JP (for older Japanese mail software)",
    send: "Send",
    sending: "Sending…",
    saveDraft: "Save draft",
    discard: "Discard",
    close: "Close",
    draftSaving: "Saving draft…",
    draftSaved: "Draft saved",
    draftFailed: "The draft could not be saved. Your text is still here.",
    sent: "Message sent",
    sentExcept: (rejected) => `Message sent, but the mail server refused ${rejected}`,
    sentWarnings: {
      sentCopyFailed: "No copy could be saved in Sent.",
      originalNotFlagged: "The original could not be marked as answered.",
      draftNotRemoved: "The draft could not be removed from Drafts.",
    },
    invalidAddresses: (entries) => `Not an email address: ${entries}`,
    noRecipients: "Add at least one recipient.",
    sendUnknown:
      "We could not confirm whether your message was sent. Check your Sent mailbox before sending again.",
    sendErrors: {
      SMTP_UNREACHABLE:
        "Your mail server could not be reached, so the message was not sent. It is kept here and in Drafts.",
      SMTP_REJECTED: "Your mail server refused the message.",
      TOO_LARGE: "The message is larger than your mail server accepts.",
      NETWORK: "Tegami could not be reached. Check your connection and try again.",
    },
    sendFailed: "The message could not be sent. It is kept here; try again.",
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
  loadError: {
    title: "メールを読み込めませんでした。",
    body: "メールサーバーから想定どおりの応答がありませんでした。接続を確認して、もう一度お試しください。",
    retry: "再試行",
  },
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
    throttled: (seconds) =>
      `サインインの失敗が続いたため、一時的に制限しています。${seconds} 秒後にもう一度お試しください。`,
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
    loadFailed: "このページのメッセージを読み込めませんでした。",
    retry: "再試行",
  },
  message: {
    from: "差出人",
    to: "宛先",
    cc: "Cc",
    date: "日付",
    subject: "件名",
    downloadMessage: "メッセージをダウンロード",
    bodyFrame: "メール本文",
    noText: "このメールには本文がありません",
    attachments: "添付ファイル",
    moreAddresses: (count) => `ほか ${count.toLocaleString("ja-JP")} 件`,
    remoteBlocked: (count) =>
      `プライバシー保護のため、外部コンテンツ（${count} 件）をブロックしました`,
    trackersBlocked: (count) => `トラッカー ${count} 件をブロックしました`,
    linkMismatch: (realHost) => `⚠ 実際のリンク先: ${realHost}`,
    loadRemote: "外部コンテンツを読み込む",
    alwaysLoadFrom: (sender) => `${sender} からは常に読み込む`,
    senderAlwaysLoaded: (sender) => `${sender} からのメールの外部画像は常に読み込まれます。`,
    stopLoadingFrom: "やめる",
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
  search: {
    label: "メールを検索",
    inMailbox: (q, mailbox) => `「${mailbox}」での「${q}」の検索結果`,
    inAll: (q) => `すべてのフォルダーでの「${q}」の検索結果`,
    searchAll: "すべてのフォルダーを検索",
    searchOnly: (mailbox) => `「${mailbox}」だけを検索`,
    searching: "検索しています…",
    searchingOthers: "ほかのフォルダーを検索しています…",
    incomplete:
      "検索結果が一部欠けている可能性があります。一部の語句は新しいメールだけを対象に調べました。",
    emptyTitle: "見つかりませんでした",
    emptyBody: "別の語句で検索するか、すべてのフォルダーを検索してください。",
    failed: "検索を実行できませんでした。",
    clear: "検索をやめる",
  },
  keyboard: {
    heading: "キーボードショートカット",
    close: "閉じる",
    key: "キー",
    action: "操作",
    commands: {
      next: "次のメール",
      previous: "前のメール",
      open: "メールを開く",
      backToList: "一覧に戻る",
      archive: "アーカイブ",
      delete: "削除",
      reply: "返信",
      replyAll: "全員に返信",
      forward: "転送",
      compose: "作成",
      search: "メールを検索",
      toggleFlag: "フラグを付ける／外す",
      markRead: "既読にする",
      markUnread: "未読にする",
      toggleSelect: "選択する／選択を解除",
      help: "キーボードショートカットを表示",
    },
  },
  authenticity: {
    label: "送信元の検証",
    checks: { spf: "SPF", dkim: "DKIM", dmarc: "DMARC" },
    verdicts: { pass: "成功", fail: "失敗", neutral: "なし" },
    failedWarning: (domain) =>
      `このメールは送信元の検証に失敗しました。${domain} からのメールではない可能性があります。`,
    claimsOtherAddress: (claimed) => `表示名の ${claimed} は、実際の送信元アドレスではありません`,
  },
  compose: {
    compose: "作成",
    reply: "返信",
    replyAll: "全員に返信",
    forward: "転送",
    editDraft: "下書きを編集",
    headings: {
      new: "新規メッセージ",
      reply: "返信",
      replyAll: "全員に返信",
      forward: "転送",
      draft: "下書き",
    },
    to: "宛先",
    cc: "Cc",
    bcc: "Bcc",
    subject: "件名",
    message: "本文",
    formatting: "書式",
    bold: "太字",
    italic: "斜体",
    bulletedList: "箇条書き",
    numberedList: "番号付きリスト",
    link: "リンク",
    linkAddress: "リンク先のアドレス",
    addLink: "リンクを挿入",
    quote: "引用",
    plainText: "テキスト形式",
    attachFiles: "ファイルを添付",
    attachments: "添付ファイル",
    uploading: (filename) => `${filename} をアップロード中`,
    remove: (filename) => `${filename} を削除`,
    tooLarge: (filename) =>
      `「${filename}」はメールサーバーが受け付けるサイズを超えているため、添付できませんでした。`,
    uploadFailed: (filename) =>
      `「${filename}」をアップロードできませんでした。もう一度添付してください。`,
    waitingForUploads: "添付ファイルのアップロードが終わりしだい送信します…",
    iso2022jp: "ISO-2022-JP で送信する（古いメールソフト向け）",
    send: "送信",
    sending: "送信中…",
    saveDraft: "下書き保存",
    discard: "破棄",
    close: "閉じる",
    draftSaving: "下書きを保存しています…",
    draftSaved: "下書きを保存しました",
    draftFailed: "下書きを保存できませんでした。入力した内容はそのまま残っています。",
    sent: "送信しました",
    sentExcept: (rejected) =>
      `送信しましたが、次の宛先はメールサーバーに拒否されました: ${rejected}`,
    sentWarnings: {
      sentCopyFailed: "送信済みフォルダーにコピーを保存できませんでした。",
      originalNotFlagged: "元のメールに返信済みの印を付けられませんでした。",
      draftNotRemoved: "下書きフォルダーから下書きを削除できませんでした。",
    },
    invalidAddresses: (entries) => `メールアドレスとして正しくありません: ${entries}`,
    noRecipients: "宛先を 1 件以上入力してください。",
    sendUnknown:
      "メッセージが送信されたかどうかを確認できませんでした。もう一度送信する前に、送信済みフォルダーを確認してください。",
    sendErrors: {
      SMTP_UNREACHABLE:
        "メールサーバーに接続できないため、送信できませんでした。内容はこの画面と下書きに残っています。",
      SMTP_REJECTED: "メールサーバーがメッセージを拒否しました。",
      TOO_LARGE: "メッセージがメールサーバーの受け付けるサイズを超えています。",
      NETWORK: "Tegami に接続できません。接続を確認して、もう一度お試しください。",
    },
    sendFailed: "送信できませんでした。内容はこの画面に残っています。もう一度お試しください。",
  },
};

export const messages: Record<Lang, Messages> = { en, ja };

export function t(lang: Lang): Messages {
  return messages[lang];
}
