// The keyboard shortcuts of the mail view, from key events to commands. Pure and client-safe:
// the UI listens on the document, calls commandForKey, and runs what comes back.

export type KeyboardCommand =
  | "next"
  | "previous"
  | "open"
  | "backToList"
  | "archive"
  | "delete"
  | "reply"
  | "replyAll"
  | "forward"
  | "compose"
  | "search"
  | "toggleFlag"
  | "markRead"
  | "markUnread"
  | "toggleSelect"
  | "help";

/** One shortcut, for the help dialog (`?`): `keys` as shown on a US keyboard. */
export interface KeyBinding {
  keys: string;
  command: KeyboardCommand;
}

export const keyBindings: readonly KeyBinding[] = [
  { keys: "j", command: "next" },
  { keys: "k", command: "previous" },
  { keys: "o", command: "open" },
  { keys: "Enter", command: "open" },
  { keys: "u", command: "backToList" },
  { keys: "e", command: "archive" },
  { keys: "#", command: "delete" },
  { keys: "r", command: "reply" },
  { keys: "a", command: "replyAll" },
  { keys: "f", command: "forward" },
  { keys: "c", command: "compose" },
  { keys: "/", command: "search" },
  { keys: "s", command: "toggleFlag" },
  { keys: "Shift+I", command: "markRead" },
  { keys: "Shift+U", command: "markUnread" },
  { keys: "x", command: "toggleSelect" },
  { keys: "?", command: "help" },
];

/** The part of a DOM element the keymap looks at (so tests need no DOM). */
export interface KeyTarget {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
  getAttribute?(name: string): string | null;
  closest?(selector: string): unknown;
}

/** The part of a KeyboardEvent the keymap looks at. */
export interface KeyEventLike {
  key: string;
  keyCode?: number;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  isComposing?: boolean;
  repeat?: boolean;
  defaultPrevented?: boolean;
  target?: KeyTarget | null;
}

const textlessInputs = new Set([
  "checkbox",
  "radio",
  "button",
  "submit",
  "reset",
  "range",
  "color",
  "file",
  "image",
]);
const typingRoles = new Set(["textbox", "searchbox", "combobox", "spinbutton"]);
const nativeControls = new Set(["BUTTON", "A", "SUMMARY", "SELECT", "INPUT", "TEXTAREA"]);

/** True while the user types: text fields, selects, contenteditable (the composer), text roles. */
export function isTypingTarget(target: KeyTarget | null | undefined): boolean {
  if (!target) return false;
  const tag = (target.tagName ?? "").toUpperCase();
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag === "INPUT") return !textlessInputs.has((target.type ?? "text").toLowerCase());
  if (target.isContentEditable) return true;
  if (typingRoles.has(target.getAttribute?.("role") ?? "")) return true;
  return Boolean(target.closest?.('[contenteditable]:not([contenteditable="false"])'));
}

const plain: Record<string, KeyboardCommand> = {
  j: "next",
  k: "previous",
  o: "open",
  u: "backToList",
  e: "archive",
  r: "reply",
  a: "replyAll",
  f: "forward",
  c: "compose",
  "/": "search",
  s: "toggleFlag",
  x: "toggleSelect",
};
const shifted: Record<string, KeyboardCommand> = { i: "markRead", u: "markUnread" };
const symbols: Record<string, KeyboardCommand> = { "#": "delete", "?": "help" };
/** Held down, only moving repeats: holding `#` must not delete message after message. */
const repeatable = new Set<KeyboardCommand>(["next", "previous"]);

function lookUp(event: KeyEventLike): KeyboardCommand | null {
  const symbol = symbols[event.key];
  if (symbol) return symbol; // `#` and `?` need Shift on most layouts: it is part of the key.
  if (event.key === "Enter") {
    // Enter on a button or link keeps its own meaning.
    const tag = (event.target?.tagName ?? "").toUpperCase();
    return event.shiftKey || nativeControls.has(tag) ? null : "open";
  }
  // CapsLock turns `j` into "J" without Shift: the letter decides, Shift picks the table.
  const letter = event.key.length === 1 ? event.key.toLowerCase() : "";
  return (event.shiftKey ? shifted[letter] : plain[letter]) ?? null;
}

/**
 * The command of a key press, or null when it is not a shortcut or must not act: while typing
 * in a field, while an input method composes (`isComposing`, or keyCode 229 which some
 * browsers send for the keydown that starts a composition), with Ctrl, Alt or Meta (those
 * belong to the browser and the system), or when another handler took the event.
 */
export function commandForKey(event: KeyEventLike): KeyboardCommand | null {
  if (event.defaultPrevented || event.isComposing || event.keyCode === 229) return null;
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  if (isTypingTarget(event.target)) return null;
  const command = lookUp(event);
  if (!command || (event.repeat && !repeatable.has(command))) return null;
  return command;
}
