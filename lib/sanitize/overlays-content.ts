import "server-only";
// Layout that lets a message paint over other content instead of flowing with it: a fake
// banner over its own text, or over the link-target marker Tegami adds after a deceptive link.
// The frame keeps all of it inside the frame; this keeps it inside the message's own flow too.

/** Positions that stay in the normal flow (relative without offsets moves nothing). */
const inFlowPositions = new Set(["static", "relative", "initial", "inherit", "unset", "revert"]);

// z-index (stacking over everything), offsets (top/left/inset move a relative box anywhere),
// and transforms (translate/scale pull a box over its neighbours without changing the layout).
const alwaysDropped =
  /^(?:z-index|top|right|bottom|left|inset(?:-[a-z-]+)?|transform(?:-[a-z-]+)?|translate|rotate|scale|offset(?:-[a-z-]+)?)$/;

/** A negative margin this small fixes a hairline (Outlook, table borders); larger ones overlap. */
const hairlinePx = 10;

function pullsOverNeighbours(value: string): boolean {
  // calc(), var() and friends hide the value from this check: no real margin needs them.
  if (value.includes("(")) return true;
  for (const match of value.matchAll(/(?:^|[\s,])-(\d*\.?\d+)([a-z%]*)/g)) {
    const size = Number(match[1]);
    if (size === 0) continue;
    if (match[2] !== "px" || size > hairlinePx) return true;
  }
  return false;
}

/**
 * True when the declaration (property and value in lower case, escapes decoded) could move
 * a box out of the flow and over other content, so it must be dropped.
 */
export function overlaysContent(property: string, value: string): boolean {
  const prop = property.trim().replace(/^-(?:webkit|moz|ms|o)-/, "");
  const text = value.trim();
  if (prop === "position") return !inFlowPositions.has(text);
  if (alwaysDropped.test(prop)) return true;
  if (prop.startsWith("margin")) return pullsOverNeighbours(text);
  return false;
}
