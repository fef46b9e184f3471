// The mail action a shortcut asks for, given the message's flags as shown. Client-safe.
import type { MailAction } from "@/lib/api/mail-action";
import type { KeyboardCommand } from "@/lib/keyboard/keyboard-command";

/** `e`, `#`, `s`, Shift+I and Shift+U as the toolbar's actions; null for every other command. */
export function mailActionForCommand(
  command: KeyboardCommand,
  flagged: boolean,
): MailAction["action"] | null {
  switch (command) {
    case "archive":
      return { type: "archive" };
    case "delete":
      return { type: "delete" };
    case "toggleFlag":
      return { type: "flagged", value: !flagged };
    case "markRead":
      return { type: "seen", value: true };
    case "markUnread":
      return { type: "seen", value: false };
    default:
      return null;
  }
}
