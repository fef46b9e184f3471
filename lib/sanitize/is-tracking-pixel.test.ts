import { describe, expect, it } from "vitest";
import { isTrackingPixel } from "@/lib/sanitize/is-tracking-pixel";

const url = "https://img.example.test/news/hero.jpg";

describe("isTrackingPixel", () => {
  it.each([
    ["1x1 attributes", { width: "1", height: "1" }, url],
    ["only a zero height", { height: "0" }, url],
    ["pixels with units", { width: "2px", height: "600" }, url],
    ["inline style size", { style: "width:1px;height:1px" }, url],
    ["inline max-height", { style: "max-height: 0px" }, url],
    ["display:none", { style: "display:none" }, url],
    ["visibility:hidden", { style: "visibility: hidden" }, url],
    ["opacity:0", { style: "opacity:0" }, url],
    ["opacity:0%", { style: "opacity: 0%" }, url],
    ["an open.gif endpoint", {}, "https://t.example.test/o/open.gif?id=1"],
    ["a SendGrid-style /wf/open", {}, "https://u1.example.test/wf/open?upn=abc"],
    ["a Mailchimp-style track/open.php", {}, "https://x.list.example.test/track/open.php?u=1"],
    ["a beacon", {}, "https://t.example.test/beacon"],
    ["a pixel.png", {}, "https://t.example.test/e/pixel.png"],
  ])("is a tracker: %s", (_, attribs, src) => {
    expect(isTrackingPixel(attribs, src)).toBe(true);
  });

  it.each([
    ["an image with a real size", { width: "120", height: "40" }, url],
    ["a sized image at a tracker-like path", { width: "600" }, "https://t.example.test/pixel.png"],
    ["an unsized ordinary image", {}, url],
    ["a percentage size", { width: "1%" }, url],
    ["opacity below one", { style: "opacity:0.5" }, url],
    ["a path merely containing open", {}, "https://img.example.test/opening-hours.png"],
  ])("is content: %s", (_, attribs, src) => {
    expect(isTrackingPixel(attribs, src)).toBe(false);
  });
});
