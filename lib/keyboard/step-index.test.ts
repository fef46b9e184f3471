import { describe, expect, it } from "vitest";
import { stepIndex } from "@/lib/keyboard/step-index";

describe("stepIndex", () => {
  it("steps down and up, and starts at the top", () => {
    expect(stepIndex(-1, 3, 1)).toBe(0);
    expect(stepIndex(-1, 3, -1)).toBe(0);
    expect(stepIndex(0, 3, 1)).toBe(1);
    expect(stepIndex(2, 3, -1)).toBe(1);
  });

  it("stops at either end and in an empty list", () => {
    expect(stepIndex(2, 3, 1)).toBeNull();
    expect(stepIndex(0, 3, -1)).toBeNull();
    expect(stepIndex(-1, 0, 1)).toBeNull();
  });
});
