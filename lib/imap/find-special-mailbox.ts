import "server-only";
import type { ImapClient } from "@/lib/imap/create-imap-client";

/** SPECIAL-USE attributes (RFC 6154 §2) that Tegami moves messages to. */
export type SpecialUse = "\\Archive" | "\\Trash" | "\\Junk" | "\\Sent" | "\\Drafts";

interface Cached {
  at: number;
  paths: Map<string, string>;
}

// These mailboxes rarely move, and every archive or delete needs one: keep the answer of LIST
// for a minute, per connection (the WeakMap entry goes away with the client).
const ttlMs = 60_000;
const cache = new WeakMap<ImapClient, Cached>();

/**
 * The path of the mailbox carrying `use` (RFC 6154), or null when there is none. On servers
 * without SPECIAL-USE, imapflow falls back to well-known names ("Trash", "Archive", …).
 */
export async function findSpecialMailbox(
  client: ImapClient,
  use: SpecialUse,
): Promise<string | null> {
  let cached = cache.get(client);
  if (!cached || Date.now() - cached.at > ttlMs) {
    const paths = new Map<string, string>();
    // Not `listOnly`: imapflow resolves `specialUse` (and the name fallback) only in a full list.
    for (const entry of await client.list()) {
      const selectable = !entry.flags.has("\\Noselect") && !entry.flags.has("\\NonExistent");
      if (entry.specialUse && selectable && !paths.has(entry.specialUse)) {
        paths.set(entry.specialUse, entry.path);
      }
    }
    cached = { at: Date.now(), paths };
    cache.set(client, cached);
  }
  return cached.paths.get(use) ?? null;
}

/** Forgets the cached paths: after a CREATE, or when a cached path turned out to be gone. */
export function forgetSpecialMailboxes(client: ImapClient): void {
  cache.delete(client);
}
