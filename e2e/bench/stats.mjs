// Timing and summary helpers shared by the benchmark modules.

/** Milliseconds as a float, from a monotonic clock. */
export const now = () => Number(process.hrtime.bigint()) / 1e6;

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Nearest-rank quantile: with fewer than 20 runs the 95th percentile is the slowest run. */
export function quantile(xs, q) {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

const round1 = (x) => Math.round(x * 10) / 10;

/** { median, p95, min, max, runs } of a list of milliseconds (runs kept, first = coldest). */
export function summarize(xs) {
  if (!xs.length) return null;
  return {
    median: round1(quantile(xs, 0.5)),
    p95: round1(quantile(xs, 0.95)),
    min: round1(Math.min(...xs)),
    max: round1(Math.max(...xs)),
    runs: xs.map(round1),
  };
}

/** Runs `fn` `runs` times in sequence and summarizes the milliseconds it returns. */
export async function repeat(runs, fn) {
  const xs = [];
  for (let i = 0; i < runs; i += 1) xs.push(await fn(i));
  return summarize(xs);
}

/** Times one call of `fn`, in milliseconds. */
export async function timed(fn) {
  const t0 = now();
  await fn();
  return now() - t0;
}
