// The list's display preference: one row per conversation (the default) or per message.
// Client-safe; kept in a cookie so the server renders the list the user chose.

export type ListView = "conversations" | "messages";

export const listViewCookie = "tegami-list-view";

/** A year: a display preference outlives sessions. */
export const listViewMaxAgeSeconds = 365 * 24 * 60 * 60;

/** Anything but an explicit "messages" is the default, conversations (as Gmail does). */
export function parseListView(value: string | undefined): ListView {
  return value === "messages" ? "messages" : "conversations";
}
