import { describe, expect, it } from "vitest";
import {
  commandForKey,
  isTypingTarget,
  keyBindings,
  type KeyEventLike,
} from "@/lib/keyboard/keyboard-command";

const body = { tagName: "BODY" };
const press = (key: string, extra: Partial<KeyEventLike> = {}) =>
  commandForKey({ key, target: body, ...extra });

describe("commandForKey", () => {
  it("maps every documented shortcut", () => {
    expect(press("j")).toBe("next");
    expect(press("k")).toBe("previous");
    expect(press("o")).toBe("open");
    expect(press("Enter", { target: { tagName: "DIV", getAttribute: () => "row" } })).toBe("open");
    expect(press("u")).toBe("backToList");
    expect(press("e")).toBe("archive");
    expect(press("#", { shiftKey: true })).toBe("delete");
    expect(press("r")).toBe("reply");
    expect(press("a")).toBe("replyAll");
    expect(press("f")).toBe("forward");
    expect(press("c")).toBe("compose");
    expect(press("/")).toBe("search");
    expect(press("s")).toBe("toggleFlag");
    expect(press("I", { shiftKey: true })).toBe("markRead");
    expect(press("U", { shiftKey: true })).toBe("markUnread");
    expect(press("x")).toBe("toggleSelect");
    expect(press("?", { shiftKey: true })).toBe("help");
  });

  it("reads letters the same with CapsLock on, and Shift+letter only where bound", () => {
    expect(press("J")).toBe("next");
    expect(press("J", { shiftKey: true })).toBeNull();
    expect(press("i")).toBeNull();
  });

  it("ignores keys with Ctrl, Alt or Meta, and unbound keys", () => {
    for (const modifier of ["ctrlKey", "altKey", "metaKey"] as const) {
      expect(press("r", { [modifier]: true }), modifier).toBeNull();
    }
    expect(press("z")).toBeNull();
    expect(press("ArrowDown")).toBeNull();
  });

  it("never fires while an input method composes", () => {
    expect(press("j", { isComposing: true })).toBeNull();
    expect(press("Process", { keyCode: 229 })).toBeNull();
    expect(press("e", { keyCode: 229 })).toBeNull();
  });

  it("never fires while typing", () => {
    const targets = [
      { tagName: "INPUT", type: "text" },
      { tagName: "INPUT", type: "search" },
      { tagName: "INPUT" },
      { tagName: "TEXTAREA" },
      { tagName: "SELECT" },
      { tagName: "DIV", isContentEditable: true },
      {
        tagName: "P",
        closest: (selector: string) => (selector.includes("contenteditable") ? {} : null),
      },
      { tagName: "DIV", getAttribute: (name: string) => (name === "role" ? "textbox" : null) },
    ];
    for (const target of targets)
      expect(commandForKey({ key: "e", target }), JSON.stringify(target)).toBeNull();
  });

  it("still fires on checkboxes and buttons, but leaves Enter to buttons and links", () => {
    expect(commandForKey({ key: "x", target: { tagName: "INPUT", type: "checkbox" } })).toBe(
      "toggleSelect",
    );
    expect(commandForKey({ key: "Enter", target: { tagName: "BUTTON" } })).toBeNull();
    expect(commandForKey({ key: "Enter", target: { tagName: "A" } })).toBeNull();
    expect(commandForKey({ key: "j", target: { tagName: "BUTTON" } })).toBe("next");
  });

  it("repeats moving when held, never an action", () => {
    expect(press("j", { repeat: true })).toBe("next");
    expect(press("#", { repeat: true, shiftKey: true })).toBeNull();
    expect(press("e", { repeat: true })).toBeNull();
  });

  it("leaves an event another handler took", () => {
    expect(press("j", { defaultPrevented: true })).toBeNull();
  });

  it("lists one binding per shortcut for the help dialog", () => {
    expect(keyBindings.map((b) => b.keys)).toContain("Shift+I");
    expect(new Set(keyBindings.map((b) => b.command)).size).toBe(16);
    expect(isTypingTarget(null)).toBe(false);
  });
});
