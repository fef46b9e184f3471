import { describe, expect, it } from "vitest";
import { overlaysContent } from "@/lib/sanitize/overlays-content";

describe("overlaysContent", () => {
  it.each([
    ["position", "fixed"],
    ["position", "absolute"],
    ["position", "sticky"],
    ["position", "-webkit-sticky"],
    ["position", "var(--p)"],
    ["z-index", "2147483647"],
    ["z-index", "1"],
    ["top", "-200px"],
    ["inset", "0"],
    ["inset-inline-start", "0"],
    ["transform", "translate(-50%,-300px) scale(40)"],
    ["-webkit-transform", "scale(40)"],
    ["translate", "0 -400px"],
    ["scale", "30"],
    ["offset-path", "path('M0 0')"],
    ["margin-top", "-9999px"],
    ["margin", "0 0 0 -50%"],
    ["margin", "-2em auto"],
    ["margin-left", "calc(0px - 100vw)"],
    ["margin", "var(--m)"],
  ])("drops %s: %s", (property, value) => {
    expect(overlaysContent(property, value)).toBe(true);
  });

  it.each([
    ["position", "relative"],
    ["position", "static"],
    ["margin", "0 auto"],
    ["margin-top", "-1px"],
    ["margin", "0 -10px"],
    ["margin-left", "-0"],
    ["color", "red"],
    ["width", "100%"],
    ["text-indent", "-10px"],
  ])("keeps %s: %s", (property, value) => {
    expect(overlaysContent(property, value)).toBe(false);
  });
});
