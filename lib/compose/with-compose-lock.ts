import "server-only";

// Saves of one draft must not interleave: two APPEND-then-delete sequences could each delete
// the other's new version. One queue per (user, Message-ID) in this process; across processes
// "delete only versions with a lower UID" keeps the newest.

const globalLocks = globalThis as typeof globalThis & {
  __tegamiComposeLocks?: Map<string, Promise<unknown>>;
};
const tails: Map<string, Promise<unknown>> = (globalLocks.__tegamiComposeLocks ??= new Map());

/** Runs `fn` after every earlier holder of `key` has finished. */
export async function withComposeLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.catch(() => {}).then(fn);
  tails.set(key, run);
  try {
    return await run;
  } finally {
    if (tails.get(key) === run) tails.delete(key);
  }
}
