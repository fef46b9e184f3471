// How many remote images the proxy fetches at once: each holds up to 5 MB and a socket, so a
// newsletter of 200 images, or a user (or script) asking for thousands, must wait its turn
// instead of taking the server's memory. Per user, and for the whole process.

export interface FetchLimiter {
  /**
   * Runs `task` once a slot is free; null (without running it) when too many already wait, so
   * the caller can answer "try again" instead of queueing without end.
   */
  run<T>(task: () => Promise<T>): Promise<T | null>;
  /** Tasks running and waiting now (for tests and metrics). */
  load(): { active: number; queued: number };
}

export function createFetchLimiter(maxActive: number, maxQueued: number): FetchLimiter {
  let active = 0;
  const queue: (() => void)[] = [];

  const release = () => {
    active -= 1;
    const next = queue.shift();
    if (next) {
      active += 1;
      next();
    }
  };

  return {
    async run(task) {
      if (active >= maxActive) {
        if (queue.length >= maxQueued) return null;
        await new Promise<void>((resolve) => queue.push(resolve));
      } else {
        active += 1;
      }
      try {
        return await task();
      } finally {
        release();
      }
    },
    load: () => ({ active, queued: queue.length }),
  };
}
