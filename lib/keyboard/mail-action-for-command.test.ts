import { describe, expect, it } from "vitest";
import { mailActionForCommand } from "@/lib/keyboard/mail-action-for-command";

describe("mailActionForCommand", () => {
  it("maps the acting shortcuts to the toolbar's actions", () => {
    expect(mailActionForCommand("archive", false)).toEqual({ type: "archive" });
    expect(mailActionForCommand("delete", false)).toEqual({ type: "delete" });
    expect(mailActionForCommand("markRead", false)).toEqual({ type: "seen", value: true });
    expect(mailActionForCommand("markUnread", true)).toEqual({ type: "seen", value: false });
  });

  it("flags an unflagged message and unflags a flagged one", () => {
    expect(mailActionForCommand("toggleFlag", false)).toEqual({ type: "flagged", value: true });
    expect(mailActionForCommand("toggleFlag", true)).toEqual({ type: "flagged", value: false });
  });

  it("leaves moving, opening and composing to others", () => {
    for (const command of ["next", "open", "reply", "search", "help"] as const)
      expect(mailActionForCommand(command, false)).toBeNull();
  });
});
