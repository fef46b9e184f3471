// The list's display preference: one row per message (the default) or per conversation.
// Client-safe; kept in a cookie so the server renders the list the user chose.
// Messages by default: the UI contract (shared/notes/ui-contract.md) promises one row per
// message whose data-unread and data-flagged are that message's, which a conversation row
// cannot keep. The conversation view is one switch away in Settings.

export type ListView = "conversations" | "messages";

export const listViewCookie = "tegami-list-view";

/** A year: a display preference outlives sessions. */
export const listViewMaxAgeSeconds = 365 * 24 * 60 * 60;

/** Anything but an explicit "conversations" is the default, one row per message. */
export function parseListView(value: string | undefined): ListView {
  return value === "conversations" ? "conversations" : "messages";
}
