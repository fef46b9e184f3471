import { describe, expect, it } from "vitest";
import { normalizeLinkHref } from "./editor-commands";

describe("normalizeLinkHref", () => {
  it.each([
    ["example.com/x", "https://example.com/x"],
    [" https://example.com ", "https://example.com/"],
    ["http://例え.jp/a", "http://xn--r8jz45g.jp/a"],
    ["ann@example.test", "mailto:ann@example.test"],
    ["mailto:ann@example.test", "mailto:ann@example.test"],
  ])("%s → %s", (input, href) => expect(normalizeLinkHref(input)).toBe(href));

  it.each(["", "   ", "javascript:alert(1)", "data:text/html,x", "https://"])(
    "refuses %j",
    (input) => expect(normalizeLinkHref(input)).toBeNull(),
  );
});
