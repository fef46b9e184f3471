// The device store: the persistent half of the tab's envelope cache, and what the offline views
// read. One IndexedDB database per account (named by an opaque key, never the address), deleted
// on sign-out and when another account signs in on this browser. Mail never goes to Cache
// Storage: the service worker's caches hold only the app's own files.
//
// Stores: "meta" (the account's address and language, the mailbox tree), "pages" (list pages
// last shown), "messages" (opened and flagged messages: headers and what the body pane shows)
// and "bodies" (the sanitized HTML frame document, read by the service worker too, public/sw.js).
import {
  deviceStoreBounds,
  deviceStoreName,
  isDeviceStoreName,
  messageKey,
  messagesToEvict,
  pageKey,
  pagesToEvict,
} from "@/components/offline/device-store-bounds";
import { deleteDatabase, requestResult, transactionDone } from "@/components/offline/idb-request";
import type { Lang } from "@/lib/i18n/lang";
import type { Envelope, EnvelopePage, MailboxNode, MessageView } from "@/lib/mail/types";

const version = 1;
// Which database this browser holds, for browsers without indexedDB.databases() (Firefox < 126).
const pointerKey = "tegami-device-store";

export interface SavedAccount {
  address: string;
  lang: Lang;
}

export interface SavedPage {
  key: string;
  mailbox: string;
  page: number;
  shownAt: number;
  fetchedAt: string;
  data: EnvelopePage;
}

export interface SavedMessage {
  key: string;
  mailbox: string;
  uid: number;
  openedAt: number | null;
  savedAt: number;
  flagged: boolean;
  message: MessageView;
  /** Whether "bodies" holds its HTML frame document. */
  hasFrame: boolean;
}

export interface SavedFrame {
  key: string;
  html: string;
  /** The frame's Content-Security-Policy as the server sent it, sent again by the worker. */
  csp: string | null;
}

function upgrade(db: IDBDatabase): void {
  for (const name of ["meta", "pages", "messages", "bodies"])
    if (!db.objectStoreNames.contains(name))
      db.createObjectStore(name, { keyPath: name === "meta" ? "name" : "key" });
}

function open(name: string): Promise<IDBDatabase> {
  const request = indexedDB.open(name, version);
  request.onupgradeneeded = () => upgrade(request.result);
  return requestResult(request).then((db) => {
    // Sign-out in another tab deletes this database: let it go instead of blocking that.
    db.onversionchange = () => {
      db.close();
      if (active?.name === name) active = null;
    };
    return db;
  });
}

let active: { name: string; db: Promise<IDBDatabase> } | null = null;
/** Saves wait for the mail layout to say whose store it is (it mounts after the list pane). */
let whenActive: Promise<IDBDatabase | null>;
let resolveActive: (db: Promise<IDBDatabase> | null) => void = () => {};
function resetWaiting(): void {
  whenActive = new Promise((resolve) => {
    resolveActive = (db) => resolve(db ? db.catch(() => null) : null);
  });
}
resetWaiting();

async function storeNames(): Promise<string[]> {
  const names = new Set<string>();
  if ("databases" in indexedDB)
    for (const info of await indexedDB.databases().catch(() => []))
      if (isDeviceStoreName(info.name)) names.add(info.name);
  const pointer = readPointer();
  if (pointer) names.add(pointer);
  return [...names];
}

function readPointer(): string | null {
  try {
    const name = localStorage.getItem(pointerKey);
    return isDeviceStoreName(name ?? undefined) ? name : null;
  } catch {
    return null;
  }
}

function writePointer(name: string | null): void {
  try {
    if (name) localStorage.setItem(pointerKey, name);
    else localStorage.removeItem(pointerKey);
  } catch {
    // Storage blocked: indexedDB.databases() still finds the store.
  }
}

async function withStore<T>(
  names: string | string[],
  mode: IDBTransactionMode,
  work: (transaction: IDBTransaction) => Promise<T> | T,
): Promise<T | null> {
  const db = await (active?.db.catch(() => null) ?? whenActive);
  if (!db) return null;
  try {
    const transaction = db.transaction(names, mode);
    const result = await work(transaction);
    await transactionDone(transaction);
    return result;
  } catch {
    // Quota exceeded, the database deleted meanwhile: the device store is best effort.
    return null;
  }
}

const get = <T>(transaction: IDBTransaction, store: string, key: string) =>
  requestResult(transaction.objectStore(store).get(key) as IDBRequest<T | undefined>);
const getAll = <T>(transaction: IDBTransaction, store: string) =>
  requestResult(transaction.objectStore(store).getAll() as IDBRequest<T[]>);

export const deviceStore = {
  /**
   * Opens the signed-in account's store (online, from the mail layout) and deletes any other
   * account's: the device store belongs to one user.
   */
  async activate(accountKey: string): Promise<void> {
    const name = deviceStoreName(accountKey);
    if (active?.name === name) return;
    for (const other of await storeNames()) if (other !== name) await closeAndDelete(other);
    active = { name, db: open(name) };
    writePointer(name);
    resolveActive(active.db);
  },

  /** Opens the store this browser holds (offline, where no server says whose it is). */
  async openSaved(): Promise<boolean> {
    const names = await storeNames();
    // Never guess between two accounts' mail.
    if (names.length !== 1 || !names[0]) return false;
    if (active?.name !== names[0]) {
      active = { name: names[0], db: open(names[0]) };
      resolveActive(active.db);
    }
    return (await active.db.catch(() => null)) !== null;
  },

  async saveAccount(account: SavedAccount, mailboxes: MailboxNode[]): Promise<void> {
    await withStore("meta", "readwrite", (tx) => {
      tx.objectStore("meta").put({ name: "account", ...account });
      tx.objectStore("meta").put({ name: "mailboxes", tree: mailboxes });
    });
  },

  async readAccount(): Promise<{ account: SavedAccount; mailboxes: MailboxNode[] } | null> {
    return withStore("meta", "readonly", async (tx) => {
      const account = await get<SavedAccount & { name: string }>(tx, "meta", "account");
      const tree = await get<{ tree: MailboxNode[] }>(tx, "meta", "mailboxes");
      if (!account) return null;
      return {
        account: { address: account.address, lang: account.lang },
        mailboxes: tree?.tree ?? [],
      };
    });
  },

  /** Keeps a list page as last shown; the oldest pages beyond the bounds go. */
  async savePage(data: EnvelopePage, fetchedAt: string): Promise<void> {
    await withStore(["pages", "messages", "bodies"], "readwrite", async (tx) => {
      const pages = tx.objectStore("pages");
      const all = await getAll<SavedPage>(tx, "pages");
      // A new UIDVALIDITY (RFC 3501 §2.3.1.1): every UID saved of the mailbox names another message now.
      const renumbered = all.some(
        (p) => p.mailbox === data.mailbox && p.data.uidValidity !== data.uidValidity,
      );
      if (renumbered) await forgetMailbox(tx, data.mailbox, all);
      const record: SavedPage = {
        key: pageKey(data.mailbox, data.page),
        mailbox: data.mailbox,
        page: data.page,
        shownAt: Date.now(),
        fetchedAt,
        data,
      };
      pages.put(record);
      const kept = all.filter(
        (p) => p.key !== record.key && !(renumbered && p.mailbox === data.mailbox),
      );
      for (const key of pagesToEvict([...kept, record])) pages.delete(key);
    });
  },

  async readPage(mailbox: string, page: number): Promise<SavedPage | null> {
    return withStore("pages", "readonly", (tx) =>
      get<SavedPage>(tx, "pages", pageKey(mailbox, page)).then((p) => p ?? null),
    );
  },

  /** The envelope of a message on a saved list page: its flags are fresher than the message's. */
  async readEnvelope(mailbox: string, uid: number): Promise<Envelope | null> {
    const found = await withStore("pages", "readonly", async (tx) => {
      for (const page of await getAll<SavedPage>(tx, "pages"))
        if (page.mailbox === mailbox)
          for (const envelope of page.data.envelopes) if (envelope.uid === uid) return envelope;
      return null;
    });
    return found ?? null;
  },

  /** Keeps an opened (or flagged) message and, for an HTML body, the frame document shown. */
  async saveMessage(
    message: MessageView,
    frame: Omit<SavedFrame, "key"> | null,
    reason: "opened" | "flagged",
  ): Promise<void> {
    const key = messageKey(message.mailbox, message.uid);
    await withStore(["messages", "bodies"], "readwrite", async (tx) => {
      const earlier = await get<SavedMessage>(tx, "messages", key);
      const keepFrame = frame !== null && frame.html.length <= deviceStoreBounds.bodyBytes;
      const record: SavedMessage = {
        key,
        mailbox: message.mailbox,
        uid: message.uid,
        openedAt: reason === "opened" ? Date.now() : (earlier?.openedAt ?? null),
        savedAt: Date.now(),
        flagged: message.flags.includes("\\Flagged"),
        message,
        hasFrame: keepFrame,
      };
      tx.objectStore("messages").put(record);
      if (keepFrame) tx.objectStore("bodies").put({ key, ...frame });
      else tx.objectStore("bodies").delete(key);
      const all = await getAll<SavedMessage>(tx, "messages");
      for (const gone of messagesToEvict(all)) {
        tx.objectStore("messages").delete(gone);
        tx.objectStore("bodies").delete(gone);
      }
    });
  },

  async readMessage(mailbox: string, uid: number): Promise<SavedMessage | null> {
    return withStore("messages", "readonly", (tx) =>
      get<SavedMessage>(tx, "messages", messageKey(mailbox, uid)).then((m) => m ?? null),
    );
  },

  /** Flagged messages on the saved list pages that are not kept yet, newest first. */
  async flaggedToFetch(limit: number): Promise<{ mailbox: string; uid: number }[]> {
    const found = await withStore(["pages", "messages"], "readonly", async (tx) => {
      const [pages, messages] = await Promise.all([
        getAll<SavedPage>(tx, "pages"),
        getAll<SavedMessage>(tx, "messages"),
      ]);
      const kept = new Set(messages.map((m) => m.key));
      const flaggedKept = messages.filter((m) => m.openedAt === null && m.flagged).length;
      const room = Math.max(0, Math.min(limit, deviceStoreBounds.flaggedMessages - flaggedKept));
      return pages
        .flatMap((p) => p.data.envelopes.map((e) => ({ mailbox: p.mailbox, envelope: e })))
        .filter(
          ({ mailbox, envelope }) =>
            envelope.flags.includes("\\Flagged") && !kept.has(messageKey(mailbox, envelope.uid)),
        )
        .sort((a, b) => b.envelope.date.localeCompare(a.envelope.date))
        .slice(0, room)
        .map(({ mailbox, envelope }) => ({ mailbox, uid: envelope.uid }));
    });
    return found ?? [];
  },
};

/** Drops every page and message saved of `mailbox` (its UIDs changed meaning). */
async function forgetMailbox(
  tx: IDBTransaction,
  mailbox: string,
  pages: SavedPage[],
): Promise<void> {
  for (const page of pages) if (page.mailbox === mailbox) tx.objectStore("pages").delete(page.key);
  for (const message of await getAll<SavedMessage>(tx, "messages"))
    if (message.mailbox === mailbox) {
      tx.objectStore("messages").delete(message.key);
      tx.objectStore("bodies").delete(message.key);
    }
}

async function closeAndDelete(name: string): Promise<void> {
  if (active?.name === name) {
    const db = await active.db.catch(() => null);
    db?.close();
    active = null;
    resetWaiting();
  }
  await deleteDatabase(name).catch(() => {});
}

/** Deletes every device store on this browser: on sign-out, whoever signed in before. */
export async function clearDeviceStores(): Promise<void> {
  for (const name of await storeNames()) await closeAndDelete(name);
  writePointer(null);
}
