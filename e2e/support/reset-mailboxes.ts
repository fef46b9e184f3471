// Puts a test user's mail back to a known state behind the app's back: every message gone
// from the mailboxes the server creates itself (INBOX and the special-use ones), every other
// mailbox deleted. For users a test file owns alone (heidi).
import type { ImapFlow } from "imapflow";
import { withImap } from "./test-imap";

/** Empties INBOX and the special-use mailboxes and deletes every other mailbox of `user`. */
export async function resetMailboxes(user: string): Promise<void> {
  await withImap(user, async (client) => {
    const entries = await client.list();
    const own = entries
      .filter((entry) => entry.path.toUpperCase() !== "INBOX" && !entry.specialUse)
      // Children first, so a parent is never deleted before them.
      .sort((a, b) => b.path.length - a.path.length);
    for (const entry of own) await client.mailboxDelete(entry.path).catch(() => undefined);
    for (const entry of entries.filter((e) => e.path.toUpperCase() === "INBOX" || e.specialUse)) {
      const lock = await client.getMailboxLock(entry.path);
      try {
        if (client.mailbox && client.mailbox.exists) await client.messageDelete("1:*");
      } finally {
        lock.release();
      }
    }
  });
}

/** APPENDs raw messages in order over one connection; returns their UIDs (UIDPLUS). */
export async function appendAll(
  user: string,
  mailbox: string,
  messages: readonly { raw: Buffer; flags?: readonly string[]; date?: Date }[],
): Promise<number[]> {
  return withImap(user, async (client: ImapFlow) => {
    const uids: number[] = [];
    for (const message of messages) {
      const result = await client.append(
        mailbox,
        message.raw,
        [...(message.flags ?? [])],
        message.date,
      );
      if (!result || !result.uid) throw new Error(`APPEND to ${mailbox} returned no UID`);
      uids.push(result.uid);
    }
    return uids;
  });
}
