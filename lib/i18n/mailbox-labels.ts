// The words of mailbox management (the Folders nav's actions and /settings/mailboxes), in the
// UI language. "Folder" in the words people read; `mailbox` in code. Client-safe.
import type { Lang } from "@/lib/i18n/lang";
import type { MailboxPathProblem } from "@/lib/mail/mailbox-path-problem";

export type MailboxNameProblem = MailboxPathProblem | "exists" | "delimiter";

export interface MailboxLabels {
  newFolder: string;
  name: string;
  nameHint: string;
  create: string;
  cancel: string;
  /** The accessible name of a folder's menu button. */
  actionsFor: (path: string) => string;
  actionsMenu: (path: string) => string;
  rename: string;
  moveTo: string;
  delete: string;
  empty: (name: string) => string;
  renameTitle: (path: string) => string;
  newName: string;
  moveTitle: (path: string) => string;
  newParent: string;
  topLevel: string;
  move: string;
  deleteTitle: (path: string) => string;
  deleteBody: string;
  childrenTitle: (path: string) => string;
  childrenBody: string;
  deleteAll: string;
  emptyTitle: (name: string, count: number) => string;
  emptyBody: string;
  emptyAction: string;
  problems: Record<MailboxNameProblem, string>;
  failed: string;
  notFound: string;
  refused: string;
  created: (path: string) => string;
  renamed: (path: string) => string;
  moved: (path: string) => string;
  deleted: (path: string) => string;
  emptied: (name: string) => string;
  subscribed: (path: string) => string;
  unsubscribed: (path: string) => string;
  manage: string;
  manageIntro: string;
  /** The subscribe switch of one folder on the manage page. */
  show: (path: string) => string;
  alwaysShown: string;
  /** Beside the pointer while several messages are dragged. */
  dragging: (count: number) => string;
}

const en: MailboxLabels = {
  newFolder: "New folder",
  name: "Folder name",
  nameHint: "Use / for a folder inside another, as in Projects/2026.",
  create: "Create",
  cancel: "Cancel",
  actionsFor: (path) => `Folder actions for ${path}`,
  actionsMenu: (path) => `Actions for ${path}`,
  rename: "Rename",
  moveTo: "Move to…",
  delete: "Delete",
  empty: (name) => `Empty ${name}`,
  renameTitle: (path) => `Rename ${path}`,
  newName: "New name",
  moveTitle: (path) => `Move ${path}`,
  newParent: "Put it inside",
  topLevel: "Top level",
  move: "Move",
  deleteTitle: (path) => `Delete the folder ${path}?`,
  deleteBody: "The messages in it are deleted for good.",
  childrenTitle: (path) => `${path} has folders inside it`,
  childrenBody: "These folders and their messages are deleted for good too:",
  deleteAll: "Delete all",
  emptyTitle: (name, count) =>
    count === 1
      ? `Delete 1 message in ${name} for good?`
      : `Delete ${count.toLocaleString("en-US")} messages in ${name} for good?`,
  emptyBody: "This cannot be undone.",
  emptyAction: "Empty",
  problems: {
    empty: "Enter a name.",
    invalid: "This name cannot be used.",
    wildcard: "A folder name cannot contain % or *.",
    emptyLevel: "A folder name cannot have an empty part, as in a//b.",
    padded: "A folder name cannot start or end with a space.",
    tooLong: "This name is too long.",
    inbox: "INBOX exists already.",
    exists: "A folder with this name exists already.",
    delimiter: "A name cannot contain /.",
  },
  failed: "The folder could not be changed; try again.",
  notFound: "This folder does not exist any more.",
  refused: "The mail server refused this change.",
  created: (path) => `Created ${path}`,
  renamed: (path) => `Renamed to ${path}`,
  moved: (path) => `Folder moved to ${path}`,
  deleted: (path) => `Deleted ${path}`,
  emptied: (name) => `Emptied ${name}`,
  subscribed: (path) => `${path} is shown in Folders`,
  unsubscribed: (path) => `${path} is hidden from Folders`,
  manage: "Manage folders",
  manageIntro:
    "Every folder on the mail server. Folders you do not subscribe to stay on the server but are hidden from the Folders list.",
  show: (path) => `Show ${path} in Folders`,
  alwaysShown: "Always shown",
  dragging: (count) => `${count.toLocaleString("en-US")} messages`,
};

const ja: MailboxLabels = {
  newFolder: "新しいフォルダー",
  name: "フォルダー名",
  nameHint: "フォルダーの中に作るときは「プロジェクト/2026」のように / で区切ります。",
  create: "作成",
  cancel: "キャンセル",
  actionsFor: (path) => `「${path}」の操作`,
  actionsMenu: (path) => `「${path}」の操作`,
  rename: "名前を変更",
  moveTo: "移動…",
  delete: "削除",
  empty: (name) => `${name}を空にする`,
  renameTitle: (path) => `「${path}」の名前を変更`,
  newName: "新しい名前",
  moveTitle: (path) => `「${path}」を移動`,
  newParent: "移動先",
  topLevel: "最上位",
  move: "移動",
  deleteTitle: (path) => `フォルダー「${path}」を削除しますか？`,
  deleteBody: "中のメッセージは完全に削除されます。",
  childrenTitle: (path) => `「${path}」の中にフォルダーがあります`,
  childrenBody: "次のフォルダーとそのメッセージも完全に削除されます：",
  deleteAll: "すべて削除",
  emptyTitle: (name, count) =>
    `${name}の${count.toLocaleString("ja-JP")}件のメッセージを完全に削除しますか？`,
  emptyBody: "元に戻すことはできません。",
  emptyAction: "空にする",
  problems: {
    empty: "名前を入力してください。",
    invalid: "この名前は使えません。",
    wildcard: "フォルダー名に % や * は使えません。",
    emptyLevel: "フォルダー名に空の部分（a//b など）は使えません。",
    padded: "フォルダー名の最初と最後に空白は使えません。",
    tooLong: "名前が長すぎます。",
    inbox: "INBOX はすでにあります。",
    exists: "同じ名前のフォルダーがすでにあります。",
    delimiter: "名前に / は使えません。",
  },
  failed: "フォルダーを変更できませんでした。もう一度お試しください。",
  notFound: "このフォルダーはもうありません。",
  refused: "メールサーバーがこの変更を拒否しました。",
  created: (path) => `「${path}」を作成しました`,
  renamed: (path) => `「${path}」に名前を変更しました`,
  moved: (path) => `フォルダーを「${path}」に移動しました`,
  deleted: (path) => `「${path}」を削除しました`,
  emptied: (name) => `${name}を空にしました`,
  subscribed: (path) => `「${path}」をフォルダー一覧に表示します`,
  unsubscribed: (path) => `「${path}」をフォルダー一覧に表示しません`,
  manage: "フォルダーの管理",
  manageIntro:
    "メールサーバーにあるすべてのフォルダーです。購読していないフォルダーはサーバーに残りますが、フォルダー一覧には表示されません。",
  show: (path) => `「${path}」をフォルダー一覧に表示`,
  alwaysShown: "常に表示",
  dragging: (count) => `${count.toLocaleString("ja-JP")} 件のメッセージ`,
};

const labels: Record<Lang, MailboxLabels> = { en, ja };

export function mailboxLabels(lang: Lang): MailboxLabels {
  return labels[lang];
}
