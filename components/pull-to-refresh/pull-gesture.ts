// The arithmetic of pull to refresh, apart from the DOM so it can be unit tested. Client-safe.

/** How far (CSS px of finger travel, after resistance) the list must be pulled to refresh. */
export const refreshAt = 64;
/** The indicator never moves further than this, however far the finger goes. */
export const maxPull = 96;
// A finger moves a little when it taps; below this the gesture is a tap or a sideways swipe.
const slop = 8;

/**
 * The distance the list is drawn pulled down for a finger that moved (dx, dy) since it touched
 * the top of the list: half the finger's travel (the rubber-band feel of native lists), capped.
 * Null when the gesture is not a pull: upwards, mostly sideways (a row swipe), or within slop.
 */
export function pullDistance(dx: number, dy: number): number | null {
  if (dy <= slop || Math.abs(dx) > dy) return null;
  return Math.min(maxPull, (dy - slop) / 2);
}

export type PullState = "idle" | "pulling" | "armed" | "refreshing";

/** What the indicator says for a pull of `distance` px. */
export function pullState(distance: number): PullState {
  if (distance <= 0) return "idle";
  return distance >= refreshAt ? "armed" : "pulling";
}
