import "server-only";
// The message frame grows to its content, so the frame's viewport height is the content's
// height: a box sized in viewport-height units (100vh, 50vmin) makes the content taller, the
// frame grows to fit, the unit grows with it, and so on to the browser's limit (33 million px).

// vh, vb, vmin, vmax and their small/large/dynamic variants (svh, lvh, dvh, …); not vw or vi.
const viewportHeightUnit = /(?:\d|\d\.|\.\d)[sld]?v(?:h|b|min|max)(?![a-z0-9_-])/i;

/** True when a CSS value (lower case, escapes decoded) depends on the frame's height. */
export function followsFrameHeight(value: string): boolean {
  return viewportHeightUnit.test(value);
}
