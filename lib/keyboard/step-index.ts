// Where j and k go in a list. Client-safe.

/**
 * The index `step` rows from `current` (-1: no current row) in a list of `count`, or null when
 * there is nowhere to go. With no current row, the first step lands on the first row.
 */
export function stepIndex(current: number, count: number, step: 1 | -1): number | null {
  if (count === 0) return null;
  if (current < 0) return 0;
  const next = current + step;
  return next >= 0 && next < count ? next : null;
}
