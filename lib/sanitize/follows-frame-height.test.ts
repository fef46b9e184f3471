import { describe, expect, it } from "vitest";
import { followsFrameHeight } from "@/lib/sanitize/follows-frame-height";

describe("followsFrameHeight", () => {
  it.each(["100vh", "calc(100vh - 20px)", "50vmin", "1vmax", "100dvh", "80svh", "0.5lvh", ".5vb"])(
    "%s follows the frame's height",
    (value) => {
      expect(followsFrameHeight(value)).toBe(true);
    },
  );

  it.each(["100vw", "50vi", "100%", "600px", "2em", "url(x.vh)", "solid"])(
    "%s does not",
    (value) => {
      expect(followsFrameHeight(value)).toBe(false);
    },
  );
});
