import { describe, expect, it } from "vitest";
import { maxPull, pullDistance, pullState, refreshAt } from "./pull-gesture";

describe("pullDistance", () => {
  it("ignores a finger that moves up, sideways, or hardly at all", () => {
    expect(pullDistance(0, -40)).toBeNull();
    expect(pullDistance(60, 30)).toBeNull();
    expect(pullDistance(0, 5)).toBeNull();
  });

  it("follows half the finger's travel downwards, up to the cap", () => {
    expect(pullDistance(3, 48)).toBe(20);
    expect(pullDistance(0, 1000)).toBe(maxPull);
  });

  it("needs a pull well past a tap before letting go refreshes", () => {
    const travelToArm = refreshAt * 2 + 8;
    expect(pullState(pullDistance(0, travelToArm - 2)!)).toBe("pulling");
    expect(pullState(pullDistance(0, travelToArm)!)).toBe("armed");
    expect(pullState(0)).toBe("idle");
  });
});
