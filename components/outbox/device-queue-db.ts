// The account's queue database in IndexedDB: "actions" (mail actions taken offline, in replay
// order) and "outbox" (messages sent offline, by Message-ID). One open connection per tab.
import { deviceQueueName, deviceQueuePrefix } from "@/components/outbox/device-queue-name";

export type QueueStore = "actions" | "outbox";

const version = 1;
const opened = new Map<string, Promise<IDBDatabase>>();

/** An IDBRequest as a promise. */
export function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB request failed"));
  });
}

function open(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains("actions"))
        db.createObjectStore("actions", { keyPath: "seq" });
      if (!db.objectStoreNames.contains("outbox"))
        db.createObjectStore("outbox", { keyPath: "messageId" });
    };
    request.onsuccess = () => {
      const db = request.result;
      // Sign-out deletes the database: let it, from every tab.
      db.onversionchange = () => {
        db.close();
        opened.delete(name);
      };
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error("IndexedDB open failed"));
    request.onblocked = () => reject(new Error("IndexedDB open blocked"));
  });
}

async function database(account: string): Promise<IDBDatabase> {
  const name = await deviceQueueName(account);
  let db = opened.get(name);
  if (!db) {
    db = open(name);
    opened.set(name, db);
    db.catch(() => opened.delete(name));
  }
  return db;
}

/**
 * Runs `fn` in one transaction over `store` and resolves once it has committed, so a caller
 * never reports as saved what a crash could still lose.
 */
export async function withQueueStore<T>(
  account: string,
  store: QueueStore,
  mode: IDBTransactionMode,
  fn: (store: IDBObjectStore) => Promise<T>,
): Promise<T> {
  const db = await database(account);
  const transaction = db.transaction(store, mode);
  const committed = new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error("IndexedDB aborted"));
  });
  const result = await fn(transaction.objectStore(store));
  await committed;
  return result;
}

/** Deletes every account's queue database on this device (sign-out). */
export async function clearDeviceQueues(): Promise<void> {
  if (typeof indexedDB === "undefined") return;
  for (const [, db] of opened) void db.then((open) => open.close()).catch(() => {});
  opened.clear();
  const names = (await indexedDB.databases().catch(() => []))
    .map((info) => info.name ?? "")
    .filter((name) => name.startsWith(deviceQueuePrefix));
  await Promise.all(names.map((name) => done(indexedDB.deleteDatabase(name)).catch(() => {})));
}
