// The device store's database: which one is this account's, opening it, deleting it. One
// IndexedDB database per account, named by an opaque key (device-store-bounds.ts); on this
// browser only the signed-in account's exists, so offline (with no server to say whose mail it
// is) the one there is the one to read, and two are never guessed between.
import {
  deviceStoreName,
  isDeviceStoreName,
  tegamiDatabasePrefix,
} from "@/components/offline/device-store-bounds";
import { deleteDatabase, requestResult, transactionDone } from "@/components/offline/idb-request";

const version = 1;
// Which database this browser holds, for browsers without indexedDB.databases() (Firefox < 126).
const pointerKey = "tegami-device-store";

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
  if (!("databases" in indexedDB)) {
    const pointer = readPointer();
    return pointer ? [pointer] : [];
  }
  const found = await indexedDB.databases().catch(() => []);
  return found.map((info) => info.name).filter(isDeviceStoreName);
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

export async function withStore<T>(
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

export const get = <T>(transaction: IDBTransaction, store: string, key: string) =>
  requestResult(transaction.objectStore(store).get(key) as IDBRequest<T | undefined>);
export const getAll = <T>(transaction: IDBTransaction, store: string) =>
  requestResult(transaction.objectStore(store).getAll() as IDBRequest<T[]>);

/**
 * Opens the signed-in account's store (online, from the mail layout) and deletes every other
 * Tegami database on the device but `ownDatabases` (the account's action queue): what this
 * browser keeps belongs to one user. Deletions are not waited for: a tab of the other account
 * still open would hold them up, and this account's mail must not wait on it.
 */
export async function activateDeviceStore(
  accountKey: string,
  ownDatabases: readonly string[],
): Promise<void> {
  const name = deviceStoreName(accountKey);
  if (active?.name === name) return;
  if (active) await closeAndDelete(active.name);
  const found = "databases" in indexedDB ? await indexedDB.databases().catch(() => []) : [];
  const others = found
    .map((info) => info.name ?? "")
    .filter((n) => n.startsWith(tegamiDatabasePrefix) && n !== name && !ownDatabases.includes(n));
  const pointer = readPointer();
  if (pointer && pointer !== name) others.push(pointer);
  for (const other of others) void deleteDatabase(other).catch(() => {});
  active = { name, db: open(name) };
  writePointer(name);
  resolveActive(active.db);
}

/** Opens the store this browser holds (offline, where no server says whose it is). */
export async function openSavedDeviceStore(): Promise<boolean> {
  const names = await storeNames();
  // Never guess between two accounts' mail.
  if (names.length !== 1 || !names[0]) return false;
  if (active?.name !== names[0]) {
    active = { name: names[0], db: open(names[0]) };
    resolveActive(active.db);
  }
  return (await active.db.catch(() => null)) !== null;
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

/**
 * Deletes every mail store on this browser, whoever it belongs to: on the sign-in page (after
 * Sign out, whose form deletes the action queues first, or an expired session, when the queues
 * stay for the same account's return: they hold mail not sent yet).
 */
export async function clearDeviceStores(): Promise<void> {
  for (const name of await storeNames()) await closeAndDelete(name);
  writePointer(null);
}
