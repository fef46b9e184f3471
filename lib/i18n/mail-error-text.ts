// What the UI says when a mail API call fails, in the UI language. Client-safe.
// The routes' messages are English (and name the server's words, e.g. an SMTP reply), so a
// Japanese UI says the error code's meaning instead.
import type { Lang } from "@/lib/i18n/lang";
import type { MailErrorCode } from "@/lib/mail/mail-error";

const ja: Record<MailErrorCode | "NETWORK", string> = {
  UNAUTHENTICATED: "サインインの有効期限が切れました。もう一度サインインしてください。",
  AUTH_FAILED: "メールサーバーがパスワードを受け付けませんでした。もう一度サインインしてください。",
  SERVER_UNREACHABLE: "メールサーバーに接続できません。しばらくしてからもう一度お試しください。",
  TLS_FAILED: "メールサーバーとの安全な接続（TLS）を確立できませんでした。",
  MAILBOX_NOT_FOUND: "フォルダーが見つかりません。",
  MESSAGE_NOT_FOUND: "メールが見つかりません。削除または移動された可能性があります。",
  UIDVALIDITY_CHANGED:
    "このフォルダーはサーバー上で作り直されました。一覧を読み込み直してから、もう一度お試しください。",
  PART_NOT_FOUND: "メールのこの部分が見つかりません。",
  INVALID_INPUT: "入力内容が正しくありません。",
  FORBIDDEN: "このリクエストは受け付けられませんでした。ページを再読み込みしてください。",
  ACTION_REFUSED: "メールサーバーがこの操作を拒否しました。",
  MAILBOX_EXISTS: "同じ名前のフォルダーがすでにあります。",
  MAILBOX_HAS_CHILDREN: "このフォルダーにはサブフォルダーがあります。",
  TOO_MANY_SESSIONS: "メールサーバーへの接続が多すぎます。しばらくしてからもう一度お試しください。",
  IMAP_ERROR: "メールサーバーでエラーが発生しました。",
  SMTP_REJECTED: "メールサーバーがメッセージを拒否しました。",
  SMTP_UNREACHABLE: "送信サーバーに接続できないため、送信できませんでした。",
  SMTP_AUTH_FAILED: "送信サーバーがパスワードを受け付けませんでした。",
  SEND_STATE_UNKNOWN:
    "メッセージが送信されたかどうかを確認できませんでした。送信済みフォルダーを確認してください。",
  ALREADY_SENT: "このメッセージはすでに送信されています。",
  TOO_LARGE: "メールサーバーが受け付けるサイズを超えています。",
  UPLOAD_NOT_FOUND: "添付ファイルの有効期限が切れました。もう一度添付してください。",
  NETWORK: "Tegami に接続できません。接続を確認して、もう一度お試しください。",
};

/**
 * The words for a failed call: in English the route's own message, in Japanese the code's;
 * null when there is nothing specific to say (the caller says something general).
 */
export function mailErrorText(error: { code: string; message: string }, lang: Lang): string | null {
  if (lang === "en") return error.message || null;
  return Object.hasOwn(ja, error.code) ? ja[error.code as keyof typeof ja] : null;
}
