import { useEffect, useRef, useState, type RefObject } from "react";
import {
  insertLink,
  isCommandActive,
  runEditorCommand,
  type EditorCommand,
} from "@/components/compose/editor-commands";
import { FormattingToolbar } from "@/components/compose/formatting-toolbar";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

/** The message as written: rich (an uncontrolled editor, read through its ref) or plain text. */
export type MessageBody =
  { format: "rich"; initialHtml: string; revision: number } | { format: "plain"; text: string };

const commands: EditorCommand[] = ["bold", "italic", "bulletedList", "numberedList", "quote"];
const bodyClass =
  "min-h-64 w-full flex-1 px-4 py-3 text-base leading-relaxed text-gray-900 outline-none md:text-sm";

/**
 * "Message": a contenteditable rich-text editor with its formatting toolbar, or a textarea in
 * Plain text mode. The editor keeps its own DOM; the composer reads it when it saves or sends.
 */
export function MessageField({
  lang,
  body,
  editorRef,
  disabled,
  onInput,
  onTextChange,
  onFormatChange,
}: {
  lang: Lang;
  body: MessageBody;
  editorRef: RefObject<HTMLDivElement | null>;
  disabled: boolean;
  onInput: () => void;
  onTextChange: (text: string) => void;
  onFormatChange: (format: MessageBody["format"]) => void;
}) {
  const m = t(lang).compose;
  const [active, setActive] = useState<Partial<Record<EditorCommand, boolean>>>({});
  const range = useRef<Range | null>(null);

  // Remember where the caret was in the editor, and which formats apply there.
  useEffect(() => {
    const onSelection = () => {
      const editor = editorRef.current;
      const selection = document.getSelection();
      if (!editor || !selection?.rangeCount || !editor.contains(selection.anchorNode)) return;
      range.current = selection.getRangeAt(0).cloneRange();
      setActive(Object.fromEntries(commands.map((c) => [c, isCommandActive(c)])));
    };
    document.addEventListener("selectionchange", onSelection);
    return () => document.removeEventListener("selectionchange", onSelection);
  }, [editorRef]);

  /** Runs `edit` in the editor, on the selection it had before focus left it. */
  const inEditor = (edit: () => void) => {
    const editor = editorRef.current;
    if (!editor) return;
    // Focusing puts the caret at the start: put it back where the user left it. Not while the
    // editor has focus: that would drop a pending Bold or Italic for the next keystroke.
    const refocus = document.activeElement !== editor;
    editor.focus();
    const selection = document.getSelection();
    const saved = range.current;
    if (refocus && saved && selection && editor.contains(saved.startContainer)) {
      selection.removeAllRanges();
      selection.addRange(saved);
    }
    edit();
    onInput();
  };

  const plain = body.format === "plain";
  return (
    <div className="flex flex-1 flex-col">
      <FormattingToolbar
        lang={lang}
        rich={!plain}
        active={active}
        disabled={disabled}
        onCommand={(command) => inEditor(() => runEditorCommand(command))}
        onLink={(href) => inEditor(() => insertLink(href))}
        extra={
          <button
            type="button"
            aria-pressed={plain}
            disabled={disabled}
            onClick={() => onFormatChange(plain ? "rich" : "plain")}
            className="aria-pressed:bg-ink-50 aria-pressed:text-ink-700 inline-flex min-h-11 items-center rounded-md px-2 text-sm text-gray-700 hover:bg-gray-100 md:min-h-8"
          >
            {m.plainText}
          </button>
        }
      />
      {body.format === "rich" ? (
        <div
          key={body.revision}
          // Kept after unmounting (never set back to null): the composer reads the last content
          // when it saves the draft on its way out.
          ref={(element) => {
            if (element) editorRef.current = element;
          }}
          role="textbox"
          aria-multiline="true"
          aria-label={m.message}
          contentEditable={!disabled}
          suppressContentEditableWarning
          spellCheck
          onInput={onInput}
          dangerouslySetInnerHTML={{ __html: body.initialHtml }}
          className={`${bodyClass} [&_a]:text-ink-600 break-words [&_a]:underline [&_blockquote]:my-2 [&_blockquote]:border-l-2 [&_blockquote]:border-gray-300 [&_blockquote]:pl-3 [&_blockquote]:text-gray-700 [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:my-3 [&_ul]:list-disc [&_ul]:pl-6`}
        />
      ) : (
        <textarea
          aria-label={m.message}
          value={body.text}
          disabled={disabled}
          onChange={(event) => onTextChange(event.currentTarget.value)}
          className={`${bodyClass} resize-none font-mono`}
        />
      )}
    </div>
  );
}
