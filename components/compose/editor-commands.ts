// The rich-text commands of the message editor, on document.execCommand: deprecated, but the one
// editing API that keeps the browser's own undo stack, and reliable in Chromium, WebKit and Gecko.
import { escapeHtml } from "@/lib/compose/text-to-html";

export type EditorCommand = "bold" | "italic" | "bulletedList" | "numberedList" | "quote";

const execNames: Record<Exclude<EditorCommand, "quote">, string> = {
  bold: "bold",
  italic: "italic",
  bulletedList: "insertUnorderedList",
  numberedList: "insertOrderedList",
};

function insideQuote(): boolean {
  let node: Node | null = document.getSelection()?.anchorNode ?? null;
  for (; node; node = node.parentNode)
    if (node.nodeName === "BLOCKQUOTE") return true;
    else if (node instanceof HTMLElement && node.isContentEditable === false) return false;
  return false;
}

export function runEditorCommand(command: EditorCommand): void {
  if (command === "quote") {
    if (insideQuote()) document.execCommand("outdent");
    else document.execCommand("formatBlock", false, "blockquote");
    return;
  }
  document.execCommand(execNames[command]);
}

export function isCommandActive(command: EditorCommand): boolean {
  if (command === "quote") return insideQuote();
  try {
    return document.queryCommandState(execNames[command]);
  } catch {
    return false;
  }
}

/** A link on the selection, or the address itself as the link text when nothing is selected. */
export function insertLink(href: string): void {
  const selection = document.getSelection();
  if (selection && !selection.isCollapsed) document.execCommand("createLink", false, href);
  else
    document.execCommand(
      "insertHTML",
      false,
      `<a href="${escapeHtml(href)}">${escapeHtml(href)}</a>`,
    );
}

/** "example.com" → "https://example.com"; "a@b.test" → "mailto:a@b.test"; other schemes refused. */
export function normalizeLinkHref(input: string): string | null {
  const value = input.trim();
  if (!value) return null;
  if (/^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/.test(value)) return `mailto:${value}`;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
  try {
    const url = new URL(withScheme);
    return ["http:", "https:", "mailto:"].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** Puts the caret at the very start of `editor` (above a quoted original). */
export function caretToStart(editor: HTMLElement): void {
  const range = document.createRange();
  range.setStart(editor, 0);
  range.collapse(true);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
